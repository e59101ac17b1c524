using FilingForge.Document;
using FilingForge.Writers.Html.Styles;

namespace FilingForge.Writers.Html.Renderers;

/// <summary>
/// A resolved table: header rows of &lt;th&gt; with their spans and SEC-style rules under the header text, body rows
/// with right-aligned, unbroken numbers, a rule above total lines, footnotes in small type under the table.
/// EDGAR gets HTML 3.2 rows with widths on cells; the preview gets &lt;colgroup&gt;, &lt;thead&gt; (repeated on each
/// printed page) and one &lt;tbody&gt; per keep group (not split across pages).
/// </summary>
public sealed class TableRenderer : HtmlBlockRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table) => WriteTable(renderer, table, withId: true);

    public static void WriteTable(HtmlRenderer renderer, Table table, bool withId)
    {
        var layout = TableLayout.Of(table, (group, row, what) =>
            renderer.Diagnostics.Report(HtmlDiagnostics.TableSpanClipped, renderer.Location, table.Id, group, row, what));
        var output = renderer.Output;
        var html5 = renderer.Dialect.IsHtml5;

        output.Open("table");
        if (withId) renderer.Id(table.Id, "table");
        if (!html5) output.Attribute("border", "0").Attribute("cellspacing", "0").Attribute("cellpadding", "0");
        renderer.Style(renderer.Styles.Table);
        output.EndOpen().Line();
        if (table.Caption.Count > 0)
        {
            output.Open("caption");
            renderer.Style(renderer.Styles.TableCaption);
            output.EndOpen();
            renderer.WriteInlines(table.Caption);
            output.Close("caption").Line();
        }

        if (html5) WriteColumnGroup(renderer, layout);
        WriteHeader(renderer, layout);
        WriteBody(renderer, table, layout);
        output.Close("table").Line();
        WriteFootnotes(renderer, table.Footnotes);
    }

    private static void WriteColumnGroup(HtmlRenderer renderer, TableLayout layout)
    {
        renderer.Output.Tag("colgroup");
        foreach (var width in layout.ColumnWidths)
            renderer.Output.Open("col").Attribute("style", $"width:{CssValues.Percent(width)}").EndVoid();
        renderer.Output.Close("colgroup").Line();
    }

    private static void WriteHeader(HtmlRenderer renderer, TableLayout layout)
    {
        if (layout.HeaderRows.Count == 0) return;
        var html5 = renderer.Dialect.IsHtml5;
        if (html5) renderer.Output.Tag("thead").Line();
        foreach (var row in layout.HeaderRows)
        {
            renderer.Output.Tag("tr").Line();
            foreach (var cell in row.Cells) WriteCell(renderer, "th", cell, HeaderStyles(renderer.Styles, cell));
            renderer.Output.Close("tr").Line();
        }

        if (html5) renderer.Output.Close("thead").Line();
    }

    private static void WriteBody(HtmlRenderer renderer, Table table, TableLayout layout)
    {
        var html5 = renderer.Dialect.IsHtml5;
        var groups = html5 ? layout.KeepGroups() : [layout.BodyRows];
        foreach (var group in groups)
        {
            if (html5)
            {
                renderer.Output.Open("tbody");
                if (group.Count > 0 && group[0].Row.KeepGroup != 0) renderer.Output.Attribute("class", "keep");
                renderer.Output.EndOpen().Line();
            }

            foreach (var row in group)
            {
                renderer.Output.Tag("tr").Line();
                foreach (var cell in row.Cells) WriteCell(renderer, "td", cell, BodyStyles(renderer.Styles, table, row.Row, cell));
                renderer.Output.Close("tr").Line();
            }

            if (html5) renderer.Output.Close("tbody").Line();
        }
    }

    private static void WriteCell(HtmlRenderer renderer, string tag, PlacedCell cell, HtmlStyle[] styles)
    {
        var output = renderer.Output;
        output.Open(tag);
        if (cell.ColSpan > 1) output.Attribute("colspan", cell.ColSpan);
        if (cell.RowSpan > 1) output.Attribute("rowspan", cell.RowSpan);
        // HTML 3.2 has no <col>: EDGAR carries each column's width on the first cell of that column.
        CssDeclaration[] extra = !renderer.Dialect.IsHtml5 && cell.WidthPercent is { } width
            ? [new("width", CssValues.Percent(width))]
            : [];
        renderer.Style(styles, extra);
        output.EndOpen();
        renderer.WriteInlines(cell.Cell.Inlines);
        output.Close(tag).Line();
    }

    private static HtmlStyle[] HeaderStyles(ThemeStyles styles, PlacedCell cell)
    {
        var list = new List<HtmlStyle> { styles.HeaderCell, styles.Alignment(cell.Cell.Alignment) };
        // The rule sits under header text only, as in SEC tables: blank corner cells carry none.
        if (HasContent(cell.Cell.Inlines)) list.Add(styles.HeaderRule);
        return [.. list];
    }

    private static HtmlStyle[] BodyStyles(ThemeStyles styles, Table table, TableRow row, PlacedCell cell)
    {
        var list = new List<HtmlStyle> { styles.BodyCell };
        if (cell.Cell.Alignment != TextAlignment.Left) list.Add(styles.Alignment(cell.Cell.Alignment));
        if (cell.Column < table.Columns.Count && table.Columns[cell.Column].Kind is ColumnKind.Number or ColumnKind.Money or ColumnKind.Percent)
            list.Add(styles.NumberCell);
        if (row.Kind == RowKind.Total) list.Add(styles.TotalCell);
        return [.. list];
    }

    private static void WriteFootnotes(HtmlRenderer renderer, IReadOnlyList<TableFootnote> footnotes)
    {
        foreach (var note in footnotes)
        {
            renderer.Output.Open("p");
            renderer.Style(renderer.Styles.Paragraph, renderer.Styles.TableNote);
            renderer.Output.EndOpen().Text(FootnoteMarkerText.Of(note.Marker) + " ");
            renderer.WriteInlines(note.Inlines);
            renderer.Output.Close("p").Line();
        }
    }

    private static bool HasContent(IEnumerable<Inline> inlines) => inlines.Any(inline => inline switch
    {
        TextRun run => !string.IsNullOrWhiteSpace(run.Text.Replace('\u00A0', ' ')),
        Strong s => HasContent(s.Children),
        Emphasis e => HasContent(e.Children),
        Underline u => HasContent(u.Children),
        TaggedText t => HasContent(t.Children),
        InternalLink l => HasContent(l.Children),
        WebAddress w => HasContent(w.Children),
        LineBreak => false,
        _ => true,
    });
}
