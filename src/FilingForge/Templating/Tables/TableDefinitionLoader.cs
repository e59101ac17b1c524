using FilingForge.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FilingForge.Templating.Tables;

/// <summary>
/// Reads table definitions strictly: an unknown key, a wrong type or a missing required field is FF5011 at the
/// definition's file:line:col. (Switch to FilingLoader.LoadFile once the Loading stage's strict loader is on main.)
/// </summary>
public static class TableDefinitionLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithTypeConverter(new StringListConverter())
        .Build();

    /// <summary>Table definitions live in <c>&lt;document folder&gt;/tables/&lt;id&gt;.yaml</c>; ids are unique across documents.</summary>
    public static string? Find(string templatesDirectory, string id)
    {
        if (!Directory.Exists(templatesDirectory)) return null;
        return Directory.EnumerateDirectories(templatesDirectory)
            .Select(d => Path.Combine(d, "tables", id + ".yaml"))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Whether the file describes a chart (<c>layout: chart</c>) rather than a table.</summary>
    public static bool IsChart(string path) =>
        File.ReadLines(path).Any(line => line.Trim() == "layout: chart");

    public static ChartDefinition? LoadChart(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var chart = Deserialize<ChartDefinition>(path, displayPath, diagnostics);
        if (chart is not null) chart.SourceFile = displayPath;
        return chart;
    }

    public static TableDefinition? Load(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var definition = Deserialize<TableDefinition>(path, displayPath, diagnostics);
        if (definition is null) return null;
        definition.SourceFile = displayPath;
        return Validate(definition, diagnostics) ? definition : null;
    }

    private static T? Deserialize<T>(string path, string displayPath, DiagnosticBag diagnostics) where T : class
    {
        T? definition;
        try
        {
            definition = Deserializer.Deserialize<T>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            var message = YamlErrorWording.Explain(e.InnerException?.Message ?? e.Message);
            diagnostics.Report(TemplateDiagnostics.TableDefinitionInvalid, new SourceLocation(displayPath, (int)e.Start.Line, (int)e.Start.Column), message);
            return null;
        }

        if (definition is null)
        {
            diagnostics.Report(TemplateDiagnostics.TableDefinitionInvalid, new SourceLocation(displayPath, 1, 1), "the file is empty");
            return null;
        }

        return definition;
    }

    private static bool Validate(TableDefinition definition, DiagnosticBag diagnostics)
    {
        var problems = new List<string>();
        if (definition.Id.Length == 0) problems.Add("'id' is required");
        if (definition.Rows.Length == 0) problems.Add("'rows' is required");
        if (definition.Layout is not ("rows" or "transposed")) problems.Add($"layout '{definition.Layout}' is not 'rows' or 'transposed'");
        if (definition.Layout == "rows" && definition.Columns.Count == 0) problems.Add("'columns' is required");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in definition.Columns)
        {
            if (column.Key.Length == 0 || column.Value.Length == 0) problems.Add("every column needs 'key' and 'value'");
            if (!keys.Add(column.Key)) problems.Add($"column key '{column.Key}' is used twice");
            if (CellFormatter.KindOf(column.Kind) is null) problems.Add($"column '{column.Key}': kind '{column.Kind}' is not text, number, money, percent or date");
            if (column.Align is not (null or "left" or "center" or "right")) problems.Add($"column '{column.Key}': align '{column.Align}' is not left, center or right");
            if (!CellFormatter.IsKnownFormat(column.Format ?? column.Kind)) problems.Add($"column '{column.Key}': format '{column.Format}' is unknown");
        }

        foreach (var group in definition.HeaderGroups)
            foreach (var key in group.Columns.Where(k => !keys.Contains(k)))
                problems.Add($"header group '{string.Join(" ", group.Title)}' names column '{key}', which the table does not have");

        foreach (var problem in problems)
            diagnostics.Report(TemplateDiagnostics.TableDefinitionInvalid, new SourceLocation(definition.SourceFile, 1, 1), problem);
        return problems.Count == 0;
    }

    /// <summary>Lets a header be written as one string or as a list of lines.</summary>
    private sealed class StringListConverter : IYamlTypeConverter
    {
        public bool Accepts(Type type) => type == typeof(List<string>);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
        {
            if (parser.TryConsume<YamlDotNet.Core.Events.Scalar>(out var scalar)) return new List<string> { scalar.Value };
            var list = new List<string>();
            parser.Consume<YamlDotNet.Core.Events.SequenceStart>();
            while (!parser.TryConsume<YamlDotNet.Core.Events.SequenceEnd>(out _))
                list.Add(parser.Consume<YamlDotNet.Core.Events.Scalar>().Value);
            return list;
        }

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
            throw new NotSupportedException();
    }
}
