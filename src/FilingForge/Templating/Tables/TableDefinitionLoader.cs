using FilingForge.Diagnostics;
using FilingForge.Loading;

namespace FilingForge.Templating.Tables;

/// <summary>
/// Reads table definitions strictly: an unknown key, a wrong type or a missing required field is FF5011 at the
/// definition's file:line:col. The YAML is read by the Load stage's reader (so its syntax errors are the FF10xx of any
/// data file) and bound by <see cref="DefinitionReader"/>, without reflection.
/// </summary>
public static class TableDefinitionLoader
{
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
        var chart = Deserialize(path, displayPath, diagnostics, DefinitionFields.Chart);
        if (chart is not null) chart.SourceFile = displayPath;
        return chart;
    }

    public static TableDefinition? Load(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var definition = Deserialize(path, displayPath, diagnostics, DefinitionFields.Table);
        if (definition is null) return null;
        definition.SourceFile = displayPath;
        return Validate(definition, diagnostics) ? definition : null;
    }

    private static T? Deserialize<T>(string path, string displayPath, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, Action<T, DataNode, DefinitionReader>> fields) where T : class, new()
    {
        if (DataTree.Read(path, displayPath, diagnostics) is not { } root) return null;

        var reader = new DefinitionReader(diagnostics);
        var definition = reader.Object(root, "a definition", fields);
        return reader.Failed ? null : definition;
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
}
