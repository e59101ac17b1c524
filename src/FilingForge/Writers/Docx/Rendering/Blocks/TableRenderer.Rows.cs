using FilingForge.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Rendering.Blocks;

internal sealed partial class TableRenderer
{
    private static W.TableRow Row(DocxRenderer renderer, Table block, Document.TableGrid grid, TableRow[] rows, int r, int[] widths,
        IReadOnlyDictionary<(int Row, int Column), int> insets)
    {
        var isHeader = r < block.HeaderRows.Count;
        var row = rows[r];
        var hasNext = r + 1 < rows.Length;
        var keepWithNext = isHeader || (hasNext && (block.KeptWhole || (row.KeepGroup != 0 && rows[r + 1].KeepGroup == row.KeepGroup)));
        var properties = new W.TableRowProperties(new W.CantSplit());
        if (isHeader) properties.AppendChild(new W.TableHeader());
        var wordRow = new W.TableRow(properties);

        for (var c = 0; c < grid.ColumnCount; c++)
        {
            var slot = grid[r, c];
            if (slot is not null && slot.Column != c) continue; // covered from the left: part of a gridSpan
            var span = slot is null ? 1 : Math.Min(slot.Cell.ColSpan, grid.ColumnCount - c);
            var width = widths.Skip(c).Take(span).Sum();
            var cell = new W.TableCell(CellProperties(renderer, slot, isHeader || row.Kind == RowKind.Total, isHeader, span, width));
            var paragraph = CellParagraph(renderer, block, slot, isHeader, row.Kind, keepWithNext);
            if (insets.TryGetValue((r, c), out var inset)) DocxParagraphs.Properties(paragraph).Indentation = new W.Indentation { Right = DocxUnits.Text(inset) };
            cell.AppendChild(paragraph);
            wordRow.AppendChild(cell);
        }

        return wordRow;
    }

    /// <param name="alignBottom">Heads and totals sit on the bottom: a rule above a total's figures then leaves its label on the same baseline.</param>
    private static W.TableCellProperties CellProperties(DocxRenderer renderer, Document.TableGrid.Slot? slot, bool alignBottom, bool isHeader, int span, int width)
    {
        var properties = new W.TableCellProperties
        {
            TableCellWidth = new W.TableCellWidth { Width = DocxUnits.Text(width), Type = W.TableWidthUnitValues.Dxa },
        };
        if (span > 1) properties.GridSpan = new W.GridSpan { Val = span };
        if (slot is not null && (!slot.IsOrigin || slot.Cell.RowSpan > 1))
            properties.VerticalMerge = new W.VerticalMerge { Val = slot.IsOrigin ? W.MergedCellValues.Restart : W.MergedCellValues.Continue };
        var background = renderer.Look.Theme.Colors.TableHeaderBackground;
        if (isHeader && !string.Equals(background, "FFFFFF", StringComparison.OrdinalIgnoreCase))
            properties.Shading = new W.Shading { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = background };
        if (alignBottom) properties.TableCellVerticalAlignment = new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Bottom };
        return properties;
    }

    /// <summary>
    /// The cell's text. Rules are paragraph borders, not cell borders: they run under the text only, leaving the gap
    /// between columns that SEC tables have. A cell merged from above gets an empty paragraph, as Word requires.
    /// </summary>
    private static W.Paragraph CellParagraph(DocxRenderer renderer, Table block, Document.TableGrid.Slot? slot, bool isHeader, RowKind kind, bool keepWithNext)
    {
        var style = isHeader ? DocxStyleIds.TableHeading : DocxStyleIds.TableText;
        var paragraph = DocxParagraphs.New(style);
        if (keepWithNext) DocxParagraphs.KeepWithNext(paragraph);
        if (slot is null || !slot.IsOrigin) return paragraph;

        var cell = slot.Cell;
        DocxParagraphs.Align(paragraph, cell.Alignment, isHeader ? TextAlignment.Center : TextAlignment.Left);
        renderer.Inlines.Write(paragraph, cell.Inlines);
        var hasText = cell.Inlines.Count > 0;
        var look = renderer.Look;
        if (isHeader && hasText)
            DocxParagraphs.Properties(paragraph).ParagraphBorders = new W.ParagraphBorders(
                DocxParagraphs.Rule<W.BottomBorder>(W.BorderValues.Single, look.RuleSize, look.RuleColor));
        else if (kind == RowKind.Total && hasText && IsRuledTotal(block, slot.Column))
            DocxParagraphs.Properties(paragraph).ParagraphBorders = new W.ParagraphBorders(
                DocxParagraphs.Rule<W.TopBorder>(W.BorderValues.Single, look.RuleSize, look.RuleColor));
        return paragraph;
    }

    /// <summary>A total's rule sits over its figures; a table without figure columns rules every total cell.</summary>
    private static bool IsRuledTotal(Table block, int column) =>
        IsFigure(block.Columns[column].Kind) || !block.Columns.Any(c => IsFigure(c.Kind));

    private static bool IsFigure(ColumnKind kind) => kind is ColumnKind.Number or ColumnKind.Money or ColumnKind.Percent;
}
