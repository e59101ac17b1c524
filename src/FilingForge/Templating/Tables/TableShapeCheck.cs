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
            if (TableDefinitionLoader.IsChart(path))
            {
                if (TableDefinitionLoader.LoadChart(path, DisplayPath.Of(path), new DiagnosticBag()) is { } chart)
                    new Checking(chart.Id, chart.SourceFile, context, diagnostics).Chart(chart);
            }
            else if (TableDefinitionLoader.Load(path, DisplayPath.Of(path), new DiagnosticBag()) is { } definition)
                new Checking(definition.Id, definition.SourceFile, context, diagnostics).Table(definition);
        }
    }

    /// <summary>The definitions in the folders of the profile's documents' templates, in name order.</summary>
    private static IEnumerable<string> DefinitionFiles(Profile profile, string templatesDirectory) =>
        profile.Documents
            .Select(d => Path.Combine(templatesDirectory, d.Template.Split('/')[0], "tables"))
            .Distinct(StringComparer.Ordinal)
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal));

    private sealed class Checking(string id, string file, TemplateShape.Object context, DiagnosticBag diagnostics)
    {
        public void Table(TableDefinition definition)
        {
            if (definition.Footnotes is { } footnotes) Reach(context, footnotes, definition, "footnotes");
            if (definition.Total is { } total) Reach(context, total, definition, "total");
            if (Rows(definition.Rows, definition) is not { } row) return;
            if (definition.GroupBy is { } groupBy) Reach(row, groupBy, definition, "group_by");
            if (definition.ColumnHeader is { } header) Reach(row, header, definition, "column_header");
            foreach (var column in definition.Columns) Column(row, column);
            foreach (var line in definition.Lines) Reach(row, line.Value, line, "value");
        }

        public void Chart(ChartDefinition chart)
        {
            Items(chart.Periods, chart, "periods");
            if (Items(chart.Series, chart, "series") is not { } series) return;
            Reach(series, chart.SeriesName, chart, "series_name");
            Reach(series, chart.SeriesValues, chart, "series_values");
        }

        /// <summary>The shape of a row of a table's <c>rows:</c> path (<see cref="RowPath"/>); a path that reaches one object is reported too.</summary>
        private TemplateShape? Rows(string path, ILocatedDefinition part)
        {
            var (shape, isList, missing, where) = context.FollowRows(path);
            if (shape is null)
                diagnostics.Report(TemplateDiagnostics.TablePathReadsNothing, At(part, "rows"), id, "rows", path,
                    $"reads nothing: the profile declares no `{missing}` there{Closest(where, missing!)}");
            else if (!isList)
                diagnostics.Report(TemplateDiagnostics.TablePathReadsNothing, At(part, "rows"), id, "rows", path, "reaches no list of rows, only one value or object");
            return isList ? shape : null;
        }

        /// <summary>The item shape of the list a path reaches; a path that reaches one object is reported too.</summary>
        private TemplateShape? Items(string path, ILocatedDefinition part, string key)
        {
            var shape = Reach(context, path, part, key);
            if (shape is TemplateShape.List { Item: var item }) return item;
            if (shape is not null)
                diagnostics.Report(TemplateDiagnostics.TablePathReadsNothing, At(part, key), id, key, path, "reaches no list of rows, only one value or object");
            return null;
        }

        private void Column(TemplateShape row, TableColumn column)
        {
            Reach(row, column.Value, column, "value");
            foreach (var (key, path) in new[] { ("notes", column.Notes), ("note_when", column.NoteWhen), ("second_line", column.SecondLine), ("less_than_one_percent", column.LessThanOnePercent) })
                if (path is not null) Reach(row, path, column, key);
        }

        private TemplateShape? Reach(TemplateShape from, string path, ILocatedDefinition part, string key)
        {
            var (shape, missing, where) = from.Follow(path);
            if (shape is null)
                diagnostics.Report(TemplateDiagnostics.TablePathReadsNothing, At(part, key), id, key, path,
                    $"reads nothing: the profile declares no `{missing}` there{Closest(where, missing!)}");
            return shape;
        }

        private SourceLocation At(ILocatedDefinition part, string key) => part.Locations.GetValueOrDefault(key, new SourceLocation(file, 1, 1));

        /// <summary>The closest key there is where the path went wrong, for the message.</summary>
        private static string Closest(TemplateShape? where, string missing) =>
            where is TemplateShape.Object item
                ? NameSuggestion.DidYouMean(missing, item.Fields.Keys.Order(StringComparer.Ordinal).ToList())
                : "; what comes before it holds a single value";
    }
}
