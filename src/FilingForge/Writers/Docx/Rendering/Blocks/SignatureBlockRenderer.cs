using DocumentFormat.OpenXml;
using FilingForge.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Rendering.Blocks;

/// <summary>
/// Signature and date lines as a form typist sets them: a ruled line (a paragraph with a bottom border, any pre-filled
/// value written on it) with its label in small type beneath; the whole block is kept on one page. On a proxy card the
/// lines stand side by side on one row, as the PDF sets them and printed cards do (a borderless table, one cell a line).
/// </summary>
internal sealed class SignatureBlockRenderer : DocxBlockRenderer<SignatureBlock>
{
    private const decimal LineWidthPoints = 252; // 3.5 inches
    private const decimal SpaceForSigningPoints = 22;
    private const decimal GapPoints = 18;

    protected override void Write(DocxRenderer renderer, SignatureBlock block, DocxContext context, OpenXmlElement target)
    {
        if (renderer.State.IsCard && block.Lines.Count > 1)
        {
            renderer.Append(Row(renderer, block, context), context, target);
            return;
        }

        var lineWidth = Math.Min(DocxUnits.Twips(LineWidthPoints), context.AvailableWidthTwips);
        var rightIndent = context.AvailableWidthTwips - lineWidth;
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines[i];
            var isLast = i == block.Lines.Count - 1;
            renderer.Append(RuledLine(renderer, line, rightIndent), context, target);
            renderer.Append(Label(line, rightIndent, isLast), context, target);
        }
    }

    private static W.Table Row(DocxRenderer renderer, SignatureBlock block, DocxContext context)
    {
        var width = context.AvailableWidthTwips / block.Lines.Count;
        var gap = DocxUnits.Twips(GapPoints);
        var row = new W.TableRow(new W.TableRowProperties(new W.CantSplit()));
        foreach (var line in block.Lines)
        {
            var cell = new W.TableCell(new W.TableCellProperties
            {
                TableCellWidth = new W.TableCellWidth { Width = DocxUnits.Text(width), Type = W.TableWidthUnitValues.Dxa },
            });
            cell.Append(RuledLine(renderer, line, gap), Label(line, gap, isLast: true));
            row.AppendChild(cell);
        }

        var properties = new W.TableProperties
        {
            TableWidth = new W.TableWidth { Width = DocxUnits.Text(width * block.Lines.Count), Type = W.TableWidthUnitValues.Dxa },
            TableLayout = new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            TableCellMarginDefault = new W.TableCellMarginDefault(
                new W.TableCellLeftMargin { Width = 0, Type = W.TableWidthValues.Dxa },
                new W.TableCellRightMargin { Width = 0, Type = W.TableWidthValues.Dxa }),
            TableCaption = new W.TableCaption { Val = "signature" },
        };
        var grid = new W.TableGrid(block.Lines.Select(_ => new W.GridColumn { Width = DocxUnits.Text(width) }));
        return new W.Table(properties, grid, row);
    }

    private static W.Paragraph RuledLine(DocxRenderer renderer, SignatureLine line, int rightIndent)
    {
        var paragraph = DocxParagraphs.New(DocxStyleIds.FormLabel);
        var properties = DocxParagraphs.Properties(paragraph);
        properties.KeepNext = new W.KeepNext();
        properties.ParagraphBorders = new W.ParagraphBorders(
            DocxParagraphs.Rule<W.BottomBorder>(W.BorderValues.Single, renderer.Look.RuleSize, renderer.Look.RuleColor));
        properties.SpacingBetweenLines = new W.SpacingBetweenLines { Before = DocxUnits.TwipsText(SpaceForSigningPoints), After = "0" };
        properties.Indentation = new W.Indentation { Right = DocxUnits.Text(rightIndent) };
        if (!string.IsNullOrEmpty(line.Value))
            renderer.Inlines.AppendText(paragraph, line.Value, RunFormat.Plain);
        return paragraph;
    }

    private static W.Paragraph Label(SignatureLine line, int rightIndent, bool isLast)
    {
        var paragraph = DocxParagraphs.New(DocxStyleIds.FormLabel);
        var properties = DocxParagraphs.Properties(paragraph);
        if (!isLast) properties.KeepNext = new W.KeepNext();
        properties.Indentation = new W.Indentation { Right = DocxUnits.Text(rightIndent) };
        paragraph.AppendChild(InlineWriter.NewRun(RunFormat.Plain, InlineWriter.NewText(line.Label)));
        return paragraph;
    }
}
