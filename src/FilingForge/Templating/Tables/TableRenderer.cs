using System.Collections;
using FilingForge.Diagnostics;
using FilingForge.Values;
using FilingForge.Templating.Formatting;
using Cell = FilingForge.Templating.Tables.FfTableBuilder.Cell;

namespace FilingForge.Templating.Tables;

/// <summary>
/// Resolves a <see cref="TableDefinition"/> against the template value tree into an <c>~~~ ff-table</c> block.
/// Everything printed comes from the definition (headers, formats) or the data (values, footnotes); nothing is computed.
/// Every unresolved path is reported (FF5012) before the table is given up.
/// </summary>
public sealed partial class TableRenderer(TableDefinition definition, object root, DiagnosticBag diagnostics, Xbrl.FactTagger? facts = null)
{
    private readonly SourceLocation _at = new(definition.SourceFile, 1, 1);
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private bool _failed;

    /// <param name="facts">The document's Inline XBRL tagger: cells and footnotes the profile declares facts are marked.</param>
    public static string? Render(TableDefinition definition, object root, DiagnosticBag diagnostics, Xbrl.FactTagger? facts = null) =>
        new TableRenderer(WithoutEmptyColumns(definition, root), root, diagnostics, facts).Render();

    /// <summary>
    /// The definition without the columns marked <c>omit_when_empty</c> that no row fills, and header groups over what
    /// is left. A path that resolves to nothing is left to <see cref="Render"/> to report.
    /// </summary>
    private static TableDefinition WithoutEmptyColumns(TableDefinition definition, object root)
    {
        if (!definition.Columns.Any(c => c.OmitWhenEmpty) || RowPath.Resolve(root, definition.Rows) is not { Found: true, NotAList: null } rows)
            return definition;
        var omitted = definition.Columns
            .Where(c => c.OmitWhenEmpty && rows.Rows.All(row => IsEmpty(ValuePath.Resolve(row, c.Value).Value)))
            .Select(c => c.Key)
            .ToHashSet(StringComparer.Ordinal);
        if (omitted.Count == 0) return definition;
        var groups = definition.HeaderGroups
            .Select(g => new HeaderGroup { Key = g.Key, Title = g.Title, Columns = g.Columns.Where(k => !omitted.Contains(k)).ToList() })
            .Where(g => g.Columns.Count > 0)
            .ToList();
        return definition.Without(omitted, groups);
    }

    /// <summary>What an empty column holds in every row: nothing, a zero amount, or empty text.</summary>
    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string text => text.Length == 0,
        MarkdownText markdown => markdown.Value.Length == 0,
        _ => CellFormatter.AsDecimal(value) == 0m,
    };

    public string? Render()
    {
        var items = RowsOf(root, definition.Rows);
        var footnotes = definition.Footnotes is null ? [] : ResolveList(root, definition.Footnotes);
        if (_failed) return null;
        var table = new FfTableBuilder(definition.Id, definition.Caption);
        if (definition.Layout == "transposed") WriteTransposed(table, items, footnotes);
        else WriteRows(table, items, footnotes);
        WriteNotes(table, footnotes);
        return _failed ? null : table.ToString();
    }

    private void WriteRows(FfTableBuilder table, IReadOnlyList<object?> items, IReadOnlyList<object?> footnotes)
    {
        foreach (var column in definition.Columns)
            table.Column(column.Key, column.Kind, AlignOf(column), column.Width);
        WriteHeaders(table, footnotes);

        var groups = Group(items);
        var bodyRow = 0;
        for (var g = 0; g < groups.Count; g++)
        {
            var keep = definition.GroupBy is null ? 0 : g + 1;
            var rows = groups[g];
            for (var r = 0; r < rows.Count; r++)
            {
                var cells = definition.Columns.Select(c => BodyCell(c, rows[r], r, bodyRow == 0)).ToList();
                bodyRow++;
                table.Row(keep, cells);
            }

            if (rows.Count == 1 && definition.Columns.Any(c => c.SecondLine is not null && SecondLine(c, rows[0]).Length > 0))
                table.Row(keep, definition.Columns.Select(c => new Cell(c.SecondLine is null ? "" : SecondLine(c, rows[0]))));
        }

        // A total the filing does not state (an ownership table without a group line) is no row, not a row of blanks.
        if (definition.Total is not null && Resolve(root, definition.Total) is { } total)
            table.Total(definition.Columns.Select(c => Value(c, total, dollarSign: true)));
    }

    private List<List<object?>> Group(IReadOnlyList<object?> items)
    {
        var groups = new List<List<object?>>();
        object? previous = null;
        foreach (var item in items)
        {
            var key = definition.GroupBy is null ? item : Resolve(item, definition.GroupBy);
            if (groups.Count == 0 || definition.GroupBy is null || !Equals(key, previous)) groups.Add([]);
            groups[^1].Add(item);
            previous = key;
        }

        return groups;
    }

    private Cell BodyCell(TableColumn column, object? item, int rowInGroup, bool firstBodyRow)
    {
        if (rowInGroup == 1 && column.SecondLine is not null) return new Cell(SecondLine(column, item));
        if (rowInGroup > 0 && (column.FirstInGroup || column.SecondLine is not null)) return new Cell("");
        return Value(column, item, firstBodyRow);
    }

    private string SecondLine(TableColumn column, object? item) =>
        MarkdownEscaper.Escape(Resolve(item, column.SecondLine!) as string);

    private Cell Value(TableColumn column, object? item, bool dollarSign)
    {
        var value = Resolve(item, column.Value);
        var lessThanOne = column.LessThanOnePercent is not null && Resolve(item, column.LessThanOnePercent) is true;
        var format = column.Format ?? column.Kind;
        var sign = (column.DollarSign ?? (format == "price" ? "none" : "first_row")) switch
        {
            "every_row" => true,
            "none" => false,
            _ => dollarSign,
        };
        var text = column.Zero is not null && CellFormatter.AsDecimal(value) == 0
            ? MarkdownEscaper.Escape(column.Zero)
            : CellFormatter.Format(value, format, sign, lessThanOne, column.Missing);
        if (text is null)
        {
            Report(TemplateDiagnostics.TableValueKind, $"{column.Key}:{format}", definition.Id, column.Key, format, TemplateHelpers.Describe(value));
            text = "";
        }
        else if (facts is not null)
        {
            text = facts.TableValue(definition.Id, definition.Rows, column.Value, item, value, text);
        }

        return new Cell(text + Markers(column, item));
    }

    private string Markers(TableColumn column, object? item)
    {
        var markers = new List<string>();
        if (column.NoteWhen is not null && Resolve(item, column.NoteWhen) is true && column.NoteMarker is not null)
            markers.Add(column.NoteMarker);
        if (column.Notes is not null)
        {
            var notes = Resolve(item, column.Notes);
            if (notes is IReadOnlyDictionary<string, object?> byColumn) notes = byColumn.GetValueOrDefault(column.Key);
            if (notes is IEnumerable list and not string) markers.AddRange(list.Cast<object?>().Select(m => m as string ?? "").Where(m => m.Length > 0));
        }

        return MarkersText(markers);
    }

    private string MarkersText(IReadOnlyList<string> markers)
    {
        var bad = markers.FirstOrDefault(m => !FootnoteMarkers.IsValid(m));
        if (bad is null) return FootnoteMarkers.Format(markers);
        Report(TemplateDiagnostics.TableValueKind, "marker:" + bad, definition.Id, "notes", "footnote marker", $"'{bad}'");
        return "";
    }

    private void WriteHeaders(FfTableBuilder table, IReadOnlyList<object?> footnotes)
    {
        var grouped = definition.HeaderGroups.SelectMany(g => g.Columns).ToHashSet(StringComparer.Ordinal);
        var twoRows = definition.HeaderGroups.Count > 0;
        var first = new List<Cell>();
        foreach (var column in definition.Columns)
        {
            var group = definition.HeaderGroups.FirstOrDefault(g => g.Columns.Contains(column.Key));
            if (group is null)
                first.Add(HeaderCell(column.Header, column.Key, footnotes, AlignOf(column), twoRows ? 2 : 1, 1));
            else if (group.Columns[0] == column.Key)
                first.Add(HeaderCell(group.Title, group.Key, footnotes, null, 1, group.Columns.Count));
        }

        table.Header(first);
        if (twoRows)
            table.Header(definition.Columns.Where(c => grouped.Contains(c.Key)).Select(c => HeaderCell(c.Header, c.Key, footnotes, AlignOf(c), 1, 1)));
    }

    /// <summary>
    /// Header cells are centered over numbers and groups, break where the definition breaks them (one line per entry of
    /// <c>header</c>), and carry the markers of footnotes that explain their column.
    /// </summary>
    private Cell HeaderCell(IReadOnlyList<string> lines, string key, IReadOnlyList<object?> footnotes, string? columnAlign, int rowSpan, int colSpan)
    {
        var markers = footnotes.OfType<IReadOnlyDictionary<string, object?>>()
            .Where(f => key.Length > 0 && f.GetValueOrDefault("column") as string == key)
            .Select(f => f.GetValueOrDefault("id") as string ?? "")
            .ToList();
        var text = string.Join("<br>", lines.Select(MarkdownEscaper.Escape)) + MarkersText(markers);
        var align = columnAlign is null or "right" ? "center" : null;
        return new Cell(text, rowSpan, colSpan, align);
    }

    /// <summary>One column per item (a fiscal year), one row per line (a fee category); the last lines may be totals.</summary>
    private void WriteTransposed(FfTableBuilder table, IReadOnlyList<object?> items, IReadOnlyList<object?> footnotes)
    {
        var style = definition.ItemColumns ?? new TransposedColumnStyle();
        table.Column("label", "text", "left", 2);
        for (var i = 0; i < items.Count; i++) table.Column("item" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "money", "right", style.Width);
        var headers = new List<Cell> { HeaderCell([definition.LabelHeader], "", footnotes, "left", 1, 1) };
        foreach (var item in items)
        {
            var header = definition.ColumnHeader is null ? null : Resolve(item, definition.ColumnHeader);
            // A year heads a column of right-aligned figures: set flush right, it sits over them, as the seed prints it
            // (centred in a wide column it drifted away from them).
            headers.Add(new Cell(MarkdownEscaper.Escape(Convert.ToString(header, System.Globalization.CultureInfo.InvariantCulture)), Align: "right"));
        }

        table.Header(headers);
        var column = new TableColumn { Key = "item", Kind = "money", Format = style.Format, DollarSign = style.DollarSign };
        for (var l = 0; l < definition.Lines.Count; l++)
        {
            var line = definition.Lines[l];
            var label = HeaderCell([line.Label], line.Key, footnotes, "left", 1, 1) with { Align = null };
            column.Value = line.Value;
            var cells = new List<Cell> { label };
            cells.AddRange(items.Select(item => Value(column, item, dollarSign: l == 0 || line.Total)));
            if (line.Total) table.Total(cells);
            else table.Row(0, cells);
        }
    }

    private void WriteNotes(FfTableBuilder table, IReadOnlyList<object?> footnotes)
    {
        ReportUnknownFootnoteColumns(footnotes);
        foreach (var note in definition.Notes)
            table.Note(note.Marker, MarkdownEscaper.Escape(note.Text));
        foreach (var footnote in footnotes.OfType<IReadOnlyDictionary<string, object?>>())
        {
            var id = footnote.GetValueOrDefault("id") as string ?? "";
            var text = footnote.GetValueOrDefault("text") is MarkdownText md ? MarkdownEscaper.MarkdownToSingleLine(md.Value) : "";
            var column = footnote.GetValueOrDefault("column") as string;
            if (facts is not null && column is not null) text = facts.TableFootnote(definition.Id, column, text);
            if (MarkersText([id]).Length > 0) table.Note(id, text);
        }
    }

    /// <summary>A footnote whose column key matches nothing would lose its marker silently: say so.</summary>
    private void ReportUnknownFootnoteColumns(IReadOnlyList<object?> footnotes)
    {
        var keys = definition.Layout == "transposed"
            ? definition.Lines.Select(l => l.Key).ToList()
            : definition.Columns.Select(c => c.Key).Concat(definition.HeaderGroups.Select(g => g.Key)).Concat(definition.OmittedColumns).ToList();
        foreach (var footnote in footnotes.OfType<IReadOnlyDictionary<string, object?>>())
            if (footnote.GetValueOrDefault("column") is string column && !keys.Contains(column))
                diagnostics.Report(TemplateDiagnostics.FootnoteColumnUnknown, _at, definition.Id, footnote.GetValueOrDefault("id"), column, string.Join(", ", keys));
    }

    private static string AlignOf(TableColumn column) => column.Align ?? CellFormatter.DefaultAlignment(column.Kind);

    private IReadOnlyList<object?> ResolveList(object? from, string path)
    {
        var value = Resolve(from, path);
        if (value is IEnumerable list and not string and not IDictionary) return list.Cast<object?>().ToList();
        if (value is not null) Report(TemplateDiagnostics.TableValueKind, "list:" + path, definition.Id, path, "rows", TemplateHelpers.Describe(value));
        return [];
    }

    private IReadOnlyList<object?> RowsOf(object? root, string path)
    {
        var result = RowPath.Resolve(root, path);
        if (!result.Found) Report(TemplateDiagnostics.TablePathUnresolved, "path:" + path, definition.Id, path, result.MissingKey);
        else if (result.NotAList is { } value) Report(TemplateDiagnostics.TableValueKind, "list:" + path, definition.Id, path, "rows", TemplateHelpers.Describe(value));
        return result.Rows;
    }

    private object? Resolve(object? from, string path)
    {
        var result = ValuePath.Resolve(from, path);
        if (!result.Found) Report(TemplateDiagnostics.TablePathUnresolved, "path:" + path, definition.Id, path, result.MissingKey);
        return result.Value;
    }

    private void Report(DiagnosticDescriptor descriptor, string onceKey, params object?[] arguments)
    {
        _failed = true;
        if (_reported.Add(descriptor.Id + onceKey)) diagnostics.Report(descriptor, _at, arguments);
    }
}
