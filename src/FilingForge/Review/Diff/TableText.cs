using System.Text;
using FilingForge.Document;

namespace FilingForge.Review.Diff;

/// <summary>Text of table cells as the diff compares them.</summary>
internal static class TableText
{
    public static string Of(TableCell cell) => InlineTokenizer.PlainText(InlineTokenizer.Tokenize(cell.Inlines));

    /// <summary>A cell's text without footnote markers, as a reader names the value: "62,868", not "62,8685".</summary>
    public static string Value(TableCell cell) =>
        InlineTokenizer.PlainText(InlineTokenizer.Tokenize(cell.Inlines).Where(t => !t.Style.HasFlag(TokenStyle.Superscript)));

    /// <summary>A cell's footnote markers in order: ["3", "4"] of "Percent Owned³⁴".</summary>
    public static IReadOnlyList<string> Markers(TableCell cell) =>
        InlineTokenizer.Tokenize(cell.Inlines).Where(t => t.Style.HasFlag(TokenStyle.Superscript) && t.Text.Trim().Length > 0).Select(t => t.Text.Trim()).ToList();

    /// <summary>The first line of a cell without footnote markers: "Karen Clark" of "Karen Clark / Chief Financial Officer".</summary>
    public static string FirstLine(TableCell cell)
    {
        var tokens = InlineTokenizer.Tokenize(cell.Inlines).Where(t => !t.Style.HasFlag(TokenStyle.Superscript)).ToList();
        var end = tokens.FindIndex(t => t.Text == DiffToken.LineBreak);
        return InlineTokenizer.PlainText(end < 0 ? tokens : tokens.Take(end));
    }

    public static string Signature(Table table)
    {
        var sb = new StringBuilder();
        sb.Append(InlineTokenizer.PlainText(InlineTokenizer.Tokenize(table.Caption))).Append('\u0003');
        foreach (var c in table.Columns) sb.Append(c.Key).Append('\u0004');
        foreach (var row in table.HeaderRows.Concat(table.BodyRows))
        {
            sb.Append('\u0005');
            foreach (var cell in row.Cells) sb.Append(cell.ColSpan).Append(',').Append(cell.RowSpan).Append(Of(cell)).Append('\u0006');
        }

        foreach (var note in table.Footnotes) sb.Append(note.Marker).Append(InlineTokenizer.PlainText(InlineTokenizer.Tokenize(note.Inlines)));
        return sb.ToString();
    }
}
