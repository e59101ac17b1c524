using FilingForge.Document;

namespace FilingForge.Writers.Docx.Rendering;

/// <summary>
/// In a figure column a footnote marker after a figure ("62,868⁽⁵⁾") must not push its digits out of line with the
/// column's other figures. The PDF measures each figure's tail and insets the rest of the column by the widest; Word
/// has no such alignment (a decimal tab places a figure without a decimal point differently in Word and LibreOffice),
/// so each figure cell here is inset from the right by the widest marker of its column less its own. Word has no font
/// metrics to give, so a marker's width is Times's advance widths (digits and most marks half an em, parentheses a
/// third) at Word's superscript size, two thirds of the table type.
/// </summary>
internal static class FigureMarkerInsets
{
    private const decimal SuperscriptScale = 2m / 3m;

    /// <summary>The right inset, in twips, of each figure cell by its (row, column) origin; cells with none are left out.</summary>
    public static Dictionary<(int Row, int Column), int> Of(Table table, IReadOnlyList<TableRow> rows, Document.TableGrid grid, decimal tableSize)
    {
        var insets = new Dictionary<(int, int), int>();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (table.Columns[c].Kind is not (ColumnKind.Number or ColumnKind.Money or ColumnKind.Percent)) continue;
            var widths = new Dictionary<int, decimal>();
            for (var r = table.HeaderRows.Count; r < rows.Count; r++)
                if (grid[r, c] is { IsOrigin: true } slot && slot.Column == c)
                    widths[r] = TrailingMarker(slot.Cell.Inlines) is { } marker ? Width(marker, tableSize) : 0;
            var widest = widths.Values.DefaultIfEmpty(0).Max();
            if (widest == 0) continue;
            foreach (var (r, width) in widths)
                if (widest - width > 0) insets[(r, c)] = DocxUnits.Twips(widest - width);
        }

        return insets;
    }

    /// <summary>The printed marker a cell's text ends with, looking inside the tag or emphasis around its last words.</summary>
    private static string? TrailingMarker(IReadOnlyList<Inline> inlines) => inlines.Count == 0 ? null : inlines[^1] switch
    {
        FootnoteReference reference => FootnoteMarkerText.Of(reference.Marker),
        TaggedText tagged => TrailingMarker(tagged.Children),
        Strong strong => TrailingMarker(strong.Children),
        Emphasis emphasis => TrailingMarker(emphasis.Children),
        _ => null,
    };

    private static decimal Width(string marker, decimal tableSize) =>
        marker.Sum(ch => ch is '(' or ')' or '[' or ']' ? 1m / 3m : 0.5m) * tableSize * SuperscriptScale;
}
