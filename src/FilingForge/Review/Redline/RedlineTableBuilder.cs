using System.Globalization;
using DocumentFormat.OpenXml;
using FilingForge.Document;
using FilingForge.Review.Diff;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Review.Redline;

/// <summary>
/// A compared table as a Word table: inserted and deleted rows carry a row revision (<c>w:trPr/w:ins</c>,
/// <c>w:del</c>), changed cells are shaded and hold their tracked runs. The caption and notes are paragraphs around it.
/// </summary>
internal static class RedlineTableBuilder
{
    private const int TextWidth = 9360;
    private const string ChangedCellFill = "E0E0E0";

    public static IEnumerable<OpenXmlElement> Build(TableChanges table, ChangeKind kind, RevisionMarks marks)
    {
        var whole = kind switch
        {
            ChangeKind.Inserted or ChangeKind.MovedTo => SegmentKind.Inserted,
            ChangeKind.Deleted or ChangeKind.MovedFrom => SegmentKind.Deleted,
            _ => SegmentKind.Same,
        };
        yield return new W.Paragraph(
            new W.ParagraphProperties(new W.ParagraphStyleId { Val = RedlineStyles.Caption }),
            new W.Run(new W.Text(table.Title) { Space = SpaceProcessingModeValues.Preserve }));
        var widths = Widths(table.Columns);
        var grid = new W.TableGrid(widths.Select(w => new W.GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));
        var wordTable = new W.Table(TableProperties(), grid);
        foreach (var row in table.HeaderRows) wordTable.Append(Row(row, widths, table.Columns, header: true, whole, marks));
        foreach (var row in table.BodyRows) wordTable.Append(Row(row, widths, table.Columns, header: false, whole, marks));
        if (!wordTable.Elements<W.TableRow>().Any()) wordTable.Append(EmptyRow(widths));
        yield return wordTable;
        foreach (var note in table.Footnotes)
        {
            var segments = whole == SegmentKind.Same ? note.Segments : note.Segments.Select(s => s with { Kind = whole }).ToArray();
            var paragraph = new W.Paragraph(
                new W.ParagraphProperties(new W.ParagraphStyleId { Val = RedlineStyles.Note }),
                new W.Run(new W.Text(note.Block.Prefix + " ") { Space = SpaceProcessingModeValues.Preserve }));
            paragraph.Append(marks.Runs(segments));
            yield return paragraph;
        }
    }

    private static W.TableProperties TableProperties() => new(
        new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct },
        new W.TableBorders(
            new W.TopBorder { Val = W.BorderValues.Single, Size = 4U, Color = "999999" },
            new W.BottomBorder { Val = W.BorderValues.Single, Size = 4U, Color = "999999" },
            new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4U, Color = "CCCCCC" }),
        new W.TableLayout { Type = W.TableLayoutValues.Fixed });

    private static int[] Widths(IReadOnlyList<TableColumn> columns)
    {
        var total = columns.Sum(c => c.RelativeWidth);
        return columns.Select(c => total <= 0 ? TextWidth / Math.Max(columns.Count, 1) : (int)Math.Round(c.RelativeWidth / total * TextWidth)).ToArray();
    }

    private static W.TableRow Row(RowChange row, int[] widths, IReadOnlyList<TableColumn> columns, bool header, SegmentKind whole, RevisionMarks marks)
    {
        var rowWhole = whole != SegmentKind.Same ? whole
            : row.Kind == ChangeKind.Inserted ? SegmentKind.Inserted
            : row.Kind == ChangeKind.Deleted ? SegmentKind.Deleted
            : SegmentKind.Same;
        var properties = new W.TableRowProperties();
        if (header) properties.Append(new W.TableHeader());
        if (rowWhole == SegmentKind.Inserted) properties.Append(marks.ParagraphInserted());
        if (rowWhole == SegmentKind.Deleted) properties.Append(marks.ParagraphDeleted());
        var wordRow = new W.TableRow(properties);
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var cell = row.Cells[c];
            if (cell.State == CellState.CoveredFromLeft) continue;
            var span = cell.State == CellState.CoveredFromAbove ? 1 : Math.Max(cell.Cell?.ColSpan ?? 1, 1);
            span = Math.Min(span, row.Cells.Count - c);
            var width = widths.Skip(c).Take(span).Sum();
            var changed = row.Kind == ChangeKind.Modified && cell.State is CellState.Changed or CellState.Inserted or CellState.Deleted;
            var segments = cell.State == CellState.CoveredFromAbove ? []
                : rowWhole == SegmentKind.Same ? cell.Segments
                : cell.Segments.Select(s => s with { Kind = rowWhole }).ToArray();
            var align = c < columns.Count ? columns[c].Alignment : TextAlignment.Left;
            wordRow.Append(Cell(width, span, changed, align, header, segments, marks));
        }

        return wordRow;
    }

    private static W.TableCell Cell(int width, int span, bool changed, TextAlignment align, bool header, IReadOnlyList<TextSegment> segments, RevisionMarks marks)
    {
        var properties = new W.TableCellProperties(new W.TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa });
        if (span > 1) properties.Append(new W.GridSpan { Val = span });
        if (changed) properties.Append(new W.Shading { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = ChangedCellFill });
        var paragraphProperties = new W.ParagraphProperties(new W.SpacingBetweenLines { After = "0" });
        if (align != TextAlignment.Left) paragraphProperties.Append(new W.Justification { Val = Justification(align) });
        var paragraph = new W.Paragraph(paragraphProperties);
        paragraph.Append(marks.Runs(header ? segments.Select(s => s with { Tokens = s.Tokens.Select(t => t with { Style = t.Style | TokenStyle.Bold }).ToArray() }).ToArray() : segments));
        return new W.TableCell(properties, paragraph);
    }

    private static W.JustificationValues Justification(TextAlignment align) => align switch
    {
        TextAlignment.Center => W.JustificationValues.Center,
        TextAlignment.Right => W.JustificationValues.Right,
        TextAlignment.Justify => W.JustificationValues.Both,
        _ => W.JustificationValues.Left,
    };

    private static W.TableRow EmptyRow(int[] widths) =>
        new(new W.TableCell(new W.TableCellProperties(new W.TableCellWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
            new W.GridSpan { Val = Math.Max(widths.Length, 1) }), new W.Paragraph()));
}
