using DocumentFormat.OpenXml;
using FilingForge.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Rendering.Blocks;

/// <summary>
/// A resolved IR table as a Word table in SEC style: caption above, column heads that repeat on every page with a
/// rule under each head's text, merged cells from <see cref="Document.TableGrid"/>, rows that never split, one
/// person's rows kept on one page, a rule above totals, and the table's notes beneath.
/// </summary>
internal sealed partial class TableRenderer : DocxBlockRenderer<Table>
{
    /// <summary>Left and right cell padding: small, so the rules under adjacent heads show a gap between them.</summary>
    private const int CellPaddingTwips = 58;

    /// <summary>
    /// 3 pt below each cell's text: the PDF pads a row 1.5 pt above and below, so a row is as tall in Word and the pages
    /// break alike. All of it goes below: with padding above, pdftotext (the row tests' reader) splits a row whose cell
    /// ends in a raised note marker into two lines although the baselines are the same.
    /// </summary>
    private const int CellPaddingBelowTwips = 60;

    protected override void Write(DocxRenderer renderer, Table block, DocxContext context, OpenXmlElement target)
    {
        if (block.Caption.Count > 0)
        {
            var caption = DocxParagraphs.New(DocxStyleIds.Caption);
            renderer.Inlines.Write(caption, block.Caption);
            DocxParagraphs.Bookmark(caption, renderer.State, block.Id);
            renderer.Append(caption, context, target);
        }

        if (block.Columns.Count > 0)
        {
            var table = BuildTable(renderer, block, context);
            if (block.Caption.Count == 0 && table.Descendants<W.Paragraph>().FirstOrDefault() is { } first)
                DocxParagraphs.Bookmark(first, renderer.State, block.Id);
            renderer.Append(table, context, target);
        }

        for (var i = 0; i < block.Footnotes.Count; i++)
            renderer.Append(Footnote(renderer, block.Footnotes[i], isFirst: i == 0), context, target);
    }

    private static W.Table BuildTable(DocxRenderer renderer, Table block, DocxContext context)
    {
        var widths = ColumnWidths(block.Columns, context.AvailableWidthTwips);
        var rows = block.HeaderRows.Concat(block.BodyRows).ToArray();
        var grid = Document.TableGrid.Of(rows, block.Columns.Count);
        var table = new W.Table(Properties(widths.Sum()), Grid(widths));
        var insets = FigureMarkerInsets.Of(block, rows, grid, renderer.Look.Theme.TableFont.Size);
        for (var r = 0; r < rows.Length; r++)
            table.AppendChild(Row(renderer, block, grid, rows, r, widths, insets));
        return table;
    }

    private static W.TableProperties Properties(int width) => new()
    {
        TableWidth = new W.TableWidth { Width = DocxUnits.Text(width), Type = W.TableWidthUnitValues.Dxa },
        TableLayout = new W.TableLayout { Type = W.TableLayoutValues.Fixed },
        TableCellMarginDefault = new W.TableCellMarginDefault(
            new W.TopMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
            new W.TableCellLeftMargin { Width = CellPaddingTwips, Type = W.TableWidthValues.Dxa },
            new W.BottomMargin { Width = DocxUnits.Text(CellPaddingBelowTwips), Type = W.TableWidthUnitValues.Dxa },
            new W.TableCellRightMargin { Width = CellPaddingTwips, Type = W.TableWidthValues.Dxa }),
        TableLook = new W.TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
    };

    private static W.TableGrid Grid(int[] widths)
    {
        var grid = new W.TableGrid();
        foreach (var width in widths) grid.AppendChild(new W.GridColumn { Width = DocxUnits.Text(width) });
        return grid;
    }

    /// <summary>Column weights turned into twips that add up exactly to the available width.</summary>
    public static int[] ColumnWidths(IReadOnlyList<TableColumn> columns, int availableTwips)
    {
        var total = columns.Sum(c => Math.Max(0m, c.RelativeWidth));
        var widths = new int[columns.Count];
        var used = 0;
        for (var i = 0; i < columns.Count; i++)
        {
            var share = total > 0 ? Math.Max(0m, columns[i].RelativeWidth) / total : 1m / columns.Count;
            widths[i] = i == columns.Count - 1 ? availableTwips - used : (int)Math.Floor(share * availableTwips);
            used += widths[i];
        }

        return widths;
    }

    private static W.Paragraph Footnote(DocxRenderer renderer, TableFootnote footnote, bool isFirst)
    {
        var paragraph = DocxParagraphs.New(DocxStyleIds.FootnoteText);
        var properties = DocxParagraphs.Properties(paragraph);
        if (isFirst) properties.SpacingBetweenLines = new W.SpacingBetweenLines { Before = "80" };
        properties.Indentation = new W.Indentation { Left = "360", Hanging = "360" };
        paragraph.AppendChild(new W.Run(InlineWriter.NewText(FootnoteMarkerText.Of(footnote.Marker)), new W.TabChar()));
        renderer.Inlines.Write(paragraph, footnote.Inlines);
        return paragraph;
    }
}
