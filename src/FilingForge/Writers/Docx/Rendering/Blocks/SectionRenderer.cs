using DocumentFormat.OpenXml;
using FilingForge.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Rendering.Blocks;

/// <summary>
/// A plain section is just its blocks; a new-page section starts a page (the document's first one is the cover);
/// a boxed section is a one-cell bordered table, the way Word users draw a panel that may hold tables and boxes, its
/// row kept on one page (cantSplit) as the PDF keeps the box together.
/// </summary>
internal sealed class SectionRenderer : DocxBlockRenderer<Section>
{
    private const int PaddingTwips = 144;

    protected override void Write(DocxRenderer renderer, Section block, DocxContext context, OpenXmlElement target)
    {
        switch (block.Style)
        {
            case SectionStyle.NewPage:
                var isCover = !renderer.State.BodyHasContent && !context.InTableCell;
                if (!context.InTableCell && renderer.State.BodyHasContent) renderer.State.PageBreakPending = true;
                renderer.WriteBlocks(block.Blocks, isCover ? context with { InCover = true } : context, target);
                break;
            case SectionStyle.Boxed:
                renderer.Append(Box(renderer, block, context), context, target);
                break;
            default:
                renderer.WriteBlocks(block.Blocks, context, target);
                break;
        }
    }

    private static W.Table Box(DocxRenderer renderer, Section block, DocxContext context)
    {
        var width = context.AvailableWidthTwips;
        var look = renderer.Look;
        var cell = new W.TableCell(new W.TableCellProperties
        {
            TableCellWidth = new W.TableCellWidth { Width = DocxUnits.Text(width), Type = W.TableWidthUnitValues.Dxa },
        });
        renderer.WriteBlocks(block.Blocks, context.InsideCell(width - 2 * PaddingTwips), cell);
        if (cell.LastChild is not W.Paragraph) cell.AppendChild(new W.Paragraph());

        var properties = new W.TableProperties
        {
            TableWidth = new W.TableWidth { Width = DocxUnits.Text(width), Type = W.TableWidthUnitValues.Dxa },
            TableBorders = new W.TableBorders(
                DocxParagraphs.Rule<W.TopBorder>(W.BorderValues.Single, look.RuleSize, look.RuleColor),
                DocxParagraphs.Rule<W.LeftBorder>(W.BorderValues.Single, look.RuleSize, look.RuleColor),
                DocxParagraphs.Rule<W.BottomBorder>(W.BorderValues.Single, look.RuleSize, look.RuleColor),
                DocxParagraphs.Rule<W.RightBorder>(W.BorderValues.Single, look.RuleSize, look.RuleColor)),
            TableLayout = new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            TableCellMarginDefault = new W.TableCellMarginDefault(
                new W.TopMargin { Width = DocxUnits.Text(PaddingTwips / 2), Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellLeftMargin { Width = PaddingTwips, Type = W.TableWidthValues.Dxa },
                new W.BottomMargin { Width = DocxUnits.Text(PaddingTwips / 2), Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellRightMargin { Width = PaddingTwips, Type = W.TableWidthValues.Dxa }),
            TableLook = new W.TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
        };
        properties.TableCaption = new W.TableCaption { Val = block.Name };
        return new W.Table(properties, new W.TableGrid(new W.GridColumn { Width = DocxUnits.Text(width) }), new W.TableRow(new W.TableRowProperties(new W.CantSplit()), cell));
    }
}
