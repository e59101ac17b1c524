using FilingForge.Loading;

namespace FilingForge.Templating.Tables;

/// <summary>The keys of each part of a table or chart definition (templates/README.md, "Table definitions") and where each goes.</summary>
internal static class DefinitionFields
{
    public static readonly Dictionary<string, Action<TableColumn, DataNode, DefinitionReader>> Column = new(StringComparer.Ordinal)
    {
        ["key"] = (c, n, r) => c.Key = r.Text(n),
        ["header"] = (c, n, r) => c.Header = r.Lines(n),
        ["kind"] = (c, n, r) => c.Kind = r.Text(n),
        ["align"] = (c, n, r) => c.Align = r.OptionalText(n),
        ["width"] = (c, n, r) => c.Width = r.Number(n),
        ["value"] = (c, n, r) => c.Value = r.Text(n),
        ["format"] = (c, n, r) => c.Format = r.OptionalText(n),
        ["dollar_sign"] = (c, n, r) => c.DollarSign = r.OptionalText(n),
        ["missing"] = (c, n, r) => c.Missing = r.OptionalText(n),
        ["zero"] = (c, n, r) => c.Zero = r.OptionalText(n),
        ["less_than_one_percent"] = (c, n, r) => c.LessThanOnePercent = r.OptionalText(n),
        ["notes"] = (c, n, r) => c.Notes = r.OptionalText(n),
        ["note_when"] = (c, n, r) => c.NoteWhen = r.OptionalText(n),
        ["note_marker"] = (c, n, r) => c.NoteMarker = r.OptionalText(n),
        ["first_in_group"] = (c, n, r) => c.FirstInGroup = r.Flag(n),
        ["omit_when_empty"] = (c, n, r) => c.OmitWhenEmpty = r.Flag(n),
        ["second_line"] = (c, n, r) => c.SecondLine = r.OptionalText(n),
    };

    public static readonly Dictionary<string, Action<HeaderGroup, DataNode, DefinitionReader>> HeaderGroup = new(StringComparer.Ordinal)
    {
        ["key"] = (g, n, r) => g.Key = r.Text(n),
        ["title"] = (g, n, r) => g.Title = r.Lines(n),
        ["columns"] = (g, n, r) => g.Columns = r.Lines(n),
    };

    public static readonly Dictionary<string, Action<TableNote, DataNode, DefinitionReader>> Note = new(StringComparer.Ordinal)
    {
        ["marker"] = (t, n, r) => t.Marker = r.Text(n),
        ["text"] = (t, n, r) => t.Text = r.Text(n),
    };

    public static readonly Dictionary<string, Action<TransposedColumnStyle, DataNode, DefinitionReader>> ItemColumns = new(StringComparer.Ordinal)
    {
        ["format"] = (s, n, r) => s.Format = r.Text(n),
        ["dollar_sign"] = (s, n, r) => s.DollarSign = r.OptionalText(n),
        ["width"] = (s, n, r) => s.Width = r.Number(n),
    };

    public static readonly Dictionary<string, Action<TransposedLine, DataNode, DefinitionReader>> Line = new(StringComparer.Ordinal)
    {
        ["key"] = (l, n, r) => l.Key = r.Text(n),
        ["label"] = (l, n, r) => l.Label = r.Text(n),
        ["value"] = (l, n, r) => l.Value = r.Text(n),
        ["total"] = (l, n, r) => l.Total = r.Flag(n),
    };

    public static readonly Dictionary<string, Action<ChartDefinition, DataNode, DefinitionReader>> Chart = new(StringComparer.Ordinal)
    {
        ["id"] = (c, n, r) => c.Id = r.Text(n),
        ["layout"] = (c, n, r) => c.Layout = r.Text(n),
        ["title"] = (c, n, r) => c.Title = r.Text(n),
        ["axis"] = (c, n, r) => c.Axis = r.Text(n),
        ["periods"] = (c, n, r) => c.Periods = r.Text(n),
        ["series"] = (c, n, r) => c.Series = r.Text(n),
        ["series_name"] = (c, n, r) => c.SeriesName = r.Text(n),
        ["series_values"] = (c, n, r) => c.SeriesValues = r.Text(n),
    };

    // Last, because it refers to the parts above.
    public static readonly Dictionary<string, Action<TableDefinition, DataNode, DefinitionReader>> Table = new(StringComparer.Ordinal)
    {
        ["id"] = (t, n, r) => t.Id = r.Text(n),
        ["caption"] = (t, n, r) => t.Caption = r.Text(n),
        ["layout"] = (t, n, r) => t.Layout = r.Text(n),
        ["rows"] = (t, n, r) => t.Rows = r.Text(n),
        ["group_by"] = (t, n, r) => t.GroupBy = r.OptionalText(n),
        ["total"] = (t, n, r) => t.Total = r.OptionalText(n),
        ["footnotes"] = (t, n, r) => t.Footnotes = r.OptionalText(n),
        ["notes"] = (t, n, r) => t.Notes = r.List(n, item => r.Object(item, "a note", Note)),
        ["columns"] = (t, n, r) => t.Columns = r.List(n, item => r.Object(item, "a column", Column)),
        ["header_groups"] = (t, n, r) => t.HeaderGroups = r.List(n, item => r.Object(item, "a header group", HeaderGroup)),
        ["label_header"] = (t, n, r) => t.LabelHeader = r.Text(n),
        ["column_header"] = (t, n, r) => t.ColumnHeader = r.OptionalText(n),
        ["item_columns"] = (t, n, r) => t.ItemColumns = r.Object(n, "item_columns", ItemColumns),
        ["lines"] = (t, n, r) => t.Lines = r.List(n, item => r.Object(item, "a line", Line)),
    };
}
