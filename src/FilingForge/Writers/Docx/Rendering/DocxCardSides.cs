using FilingForge.Document;
using FilingForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Rendering;

/// <summary>
/// A proxy card in Word, laid out as the PDF lays it: a top-level page break turns the card over, and on a side with a
/// detach line the text before the line is held in a borderless one-cell table at least as tall as the part above the
/// fold, so the line falls on the theme's fold (Word flows text and has no fold of its own) and Word cannot split the
/// card proper across pages. What follows the line fills the part below it.
/// </summary>
internal static class DocxCardSides
{
    /// <summary>What the detach line's paragraph takes above its dashed rule: its space before and its legend's line.</summary>
    private const decimal DetachLineRise = 22;

    public static void Write(DocxRenderer renderer, IReadOnlyList<Block> blocks, CardSetup card, DocxContext context, W.Body body)
    {
        var sides = CardSides.Of(blocks);
        for (var i = 0; i < sides.Count; i++)
        {
            var side = sides[i];
            if (i > 0) renderer.WriteBlock(new PageBreak(), context, body);
            var detach = side.FindIndex(b => b is DetachLine);
            if (detach > 0) renderer.Append(AboveTheFold(renderer, side[..detach], card, context), context, body);
            renderer.WriteBlocks(side[Math.Max(detach, 0)..], context, body);
        }
    }

    private static W.Table AboveTheFold(DocxRenderer renderer, List<Block> blocks, CardSetup card, DocxContext context)
    {
        var width = context.AvailableWidthTwips;
        var cell = new W.TableCell(new W.TableCellProperties
        {
            TableCellWidth = new W.TableCellWidth { Width = DocxUnits.Text(width), Type = W.TableWidthUnitValues.Dxa },
        });
        renderer.WriteBlocks(blocks, context.InsideCell(width), cell);
        if (cell.LastChild is not W.Paragraph) cell.AppendChild(new W.Paragraph());

        var properties = new W.TableProperties
        {
            TableWidth = new W.TableWidth { Width = DocxUnits.Text(width), Type = W.TableWidthUnitValues.Dxa },
            TableLayout = new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            TableCellMarginDefault = new W.TableCellMarginDefault(
                new W.TableCellLeftMargin { Width = 0, Type = W.TableWidthValues.Dxa },
                new W.TableCellRightMargin { Width = 0, Type = W.TableWidthValues.Dxa }),
            TableCaption = new W.TableCaption { Val = "above the fold" },
        };
        var height = (uint)DocxUnits.Twips(card.Fold - card.MarginTop - DetachLineRise);
        var row = new W.TableRow(new W.TableRowProperties(new W.CantSplit(), new W.TableRowHeight { Val = height, HeightType = W.HeightRuleValues.AtLeast }), cell);
        return new W.Table(properties, new W.TableGrid(new W.GridColumn { Width = DocxUnits.Text(width) }), row);
    }
}
