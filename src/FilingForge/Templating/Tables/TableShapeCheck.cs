using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Profiles;

namespace FilingForge.Templating.Tables;

/// <summary>
/// Every path of the table definitions of a profile's documents (<c>templates/&lt;document&gt;/tables/*.yaml</c>) must
/// reach something the profile declares (FF5020 at the path). The definitions are checked against the shape of the
/// template context (<see cref="TemplateShape"/>), not against one filing's data, so a column that reads nothing is
/// found for a filing with no row in that table too, and for a form of filing whose fields are named otherwise.
/// </summary>
internal static class TableShapeCheck
{
    public static void Check(Profile profile, string templatesDirectory, DiagnosticBag diagnostics)
    {
        var context = TemplateShape.Of(profile);
        foreach (var path in DefinitionFiles(profile, templatesDirectory))
        {
            // A definition that does not read is reported where a template prints it (FF5011); here it is only skipped.
            if (TableDefinitionLoader.IsChart(path)) continue;
            var definition = TableDefinitionLoader.Load(path, DisplayPath.Of(path), new DiagnosticBag());
            if (definition is not null) new Checking(definition, context, diagnostics).Run();
        }
    }

    /// <summary>The definitions in the folders of the profile's documents' templates, in name order.</summary>
    private static IEnumerable<string> DefinitionFiles(Profile profile, string templatesDirectory) =>
        profile.Documents
            .Select(d => Path.Combine(templatesDirectory, d.Template.Split('/')[0], "tables"))
            .Distinct(StringComparer.Ordinal)
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal));

    private sealed class Checking(TableDefinition definition, TemplateShape.Object context, DiagnosticBag diagnostics)
    {
        public void Run()
        {
            if (definition.Footnotes is { } footnotes) Reach(context, footnotes, definition, "footnotes");
            if (definition.Total is { } total) Reach(context, total, definition, "total");
            if (Reach(context, definition.Rows, definition, "rows") is not TemplateShape.List { Item: var row })
                return;
            if (definition.GroupBy is { } groupBy) Reach(row, groupBy, definition, "group_by");
            if (definition.ColumnHeader is { } header) Reach(row, header, definition, "column_header");
            foreach (var column in definition.Columns) Column(row, column);
            foreach (var line in definition.Lines) Reach(row, line.Value, line, "value");
        }

        private void Column(TemplateShape row, TableColumn column)
        {
            Reach(row, column.Value, column, "value");
            foreach (var (key, path) in new[] { ("notes", column.Notes), ("note_when", column.NoteWhen), ("second_line", column.SecondLine), ("less_than_one_percent", column.LessThanOnePercent) })
                if (path is not null) Reach(row, path, column, key);
        }

        private TemplateShape? Reach(TemplateShape from, string path, ILocatedDefinition part, string key)
        {
            var (shape, missing) = from.Follow(path);
            if (shape is null)
                diagnostics.Report(TemplateDiagnostics.TablePathReadsNothing, part.Locations.GetValueOrDefault(key, new SourceLocation(definition.SourceFile, 1, 1)),
                    definition.Id, key, path, missing, Keys(from, path, missing!));
            return shape;
        }

        /// <summary>The closest key there is where the path went wrong, for the message.</summary>
        private static string Keys(TemplateShape from, string path, string missing)
        {
            var before = path[..Math.Max(0, path.LastIndexOf(missing, StringComparison.Ordinal) - 1)];
            var at = before.Length == 0 ? from : from.Follow(before).Shape;
            return at is TemplateShape.Object item
                ? NameSuggestion.DidYouMean(missing, item.Fields.Keys.Order(StringComparer.Ordinal).ToList())
                : "; what comes before it holds a single value";
        }
    }
}
