using System.Text;
using FilingForge.Document;
using FilingForge.Review.Diff;
using FilingForge.Writers.Html;

namespace FilingForge.Review.Redline;

/// <summary>
/// A compared table on the new table's column grid. Spanned cells keep their column spans; a cell covered from
/// above is drawn empty, so that inserted and deleted rows never collide with a row span.
/// </summary>
internal static class BlacklineTable
{
    public static void Write(StringBuilder html, TableChanges table, ChangeKind kind)
    {
        var whole = kind is ChangeKind.MovedFrom ? ChangeKind.Deleted : kind;
        html.Append("<table class=\"t\">\n<caption>").Append(HtmlTextEncoder.Unicode.Encode(table.Title)).Append("</caption>\n");
        foreach (var row in table.HeaderRows) Row(html, row, table.Columns, "th", whole);
        foreach (var row in table.BodyRows) Row(html, row, table.Columns, "td", whole);
        html.Append("</table>\n");
        foreach (var note in table.Footnotes)
        {
            html.Append(note.IsChange ? "<p class=\"small chg\">" : "<p class=\"small\">").Append(HtmlTextEncoder.Unicode.Encode(note.Block.Prefix)).Append(' ');
            BlacklineHtmlWriter.Segments(html, note.Segments, whole == ChangeKind.Deleted ? ChangeKind.MovedFrom : note.Kind);
            html.Append("</p>\n");
        }

        if (table.InsertedColumns.Count > 0) html.Append("<p class=\"note\">Columns inserted: ").Append(HtmlTextEncoder.Unicode.Encode(string.Join(", ", table.InsertedColumns))).Append("</p>\n");
        if (table.DeletedColumns.Count > 0) html.Append("<p class=\"note\">Columns deleted: ").Append(HtmlTextEncoder.Unicode.Encode(string.Join(", ", table.DeletedColumns))).Append("</p>\n");
    }

    private static void Row(StringBuilder html, RowChange row, IReadOnlyList<TableColumn> columns, string tag, ChangeKind whole)
    {
        var rowClass = row.Kind switch { ChangeKind.Inserted => " class=\"ins-row\"", ChangeKind.Deleted => " class=\"del-row\"", _ => "" };
        html.Append("<tr").Append(rowClass).Append('>');
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var cell = row.Cells[c];
            if (cell.State == CellState.CoveredFromLeft) continue;
            var align = c < columns.Count ? columns[c].Alignment : TextAlignment.Left;
            var changed = row.Kind == ChangeKind.Modified && cell.State is CellState.Changed or CellState.Inserted or CellState.Deleted;
            html.Append('<').Append(tag);
            if (changed) html.Append(" class=\"chg\"");
            if (cell.State != CellState.CoveredFromAbove && cell.Cell is { ColSpan: > 1 } spanned) html.Append(" colspan=\"").Append(spanned.ColSpan).Append('"');
            if (align != TextAlignment.Left) html.Append(" style=\"text-align:").Append(align.ToString().ToLowerInvariant()).Append('"');
            html.Append('>');
            if (cell.State != CellState.CoveredFromAbove)
            {
                var segments = whole is ChangeKind.Inserted or ChangeKind.Deleted
                    ? cell.Segments.Select(s => s with { Kind = whole == ChangeKind.Inserted ? SegmentKind.Inserted : SegmentKind.Deleted }).ToArray()
                    : cell.Segments;
                BlacklineHtmlWriter.Segments(html, segments, ChangeKind.Same);
            }

            html.Append("</").Append(tag).Append('>');
        }

        html.Append("</tr>\n");
    }
}
