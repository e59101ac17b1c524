using DocumentFormat.OpenXml;
using FilingForge.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Rendering.Blocks;

/// <summary>The fold-and-detach line of a proxy card: its legend centred in small capitals over a dashed rule.</summary>
internal sealed class DetachLineRenderer : DocxBlockRenderer<DetachLine>
{
    protected override void Write(DocxRenderer renderer, DetachLine block, DocxContext context, OpenXmlElement target)
    {
        var paragraph = DocxParagraphs.New(DocxStyleIds.FormLabel);
        var properties = DocxParagraphs.Properties(paragraph);
        properties.ParagraphBorders = new W.ParagraphBorders(
            DocxParagraphs.Rule<W.BottomBorder>(W.BorderValues.Dashed, Math.Max(renderer.Look.RuleSize, 8U), renderer.Look.RuleColor));
        properties.SpacingBetweenLines = new W.SpacingBetweenLines { Before = "240", After = "240" };
        properties.Justification = new W.Justification { Val = W.JustificationValues.Center };
        paragraph.AppendChild(InlineWriter.NewRun(RunFormat.Plain, InlineWriter.NewText(block.Label)));
        renderer.Append(paragraph, context, target);
    }
}
