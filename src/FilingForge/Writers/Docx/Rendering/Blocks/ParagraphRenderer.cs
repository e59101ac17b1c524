using DocumentFormat.OpenXml;
using FilingForge.Document;

namespace FilingForge.Writers.Docx.Rendering.Blocks;

/// <summary>Body text in Normal, notes in Footnote Text, captions in Caption; alignment only where it departs from the style.</summary>
internal sealed class ParagraphRenderer : DocxBlockRenderer<Paragraph>
{
    protected override void Write(DocxRenderer renderer, Paragraph block, DocxContext context, OpenXmlElement target)
    {
        var (style, styleAlignment) = StyleOf(block.Role);
        var paragraph = DocxParagraphs.New(style);
        DocxParagraphs.Align(paragraph, block.Alignment, styleAlignment);
        renderer.Inlines.Write(paragraph, block.Inlines);
        renderer.Append(paragraph, context, target);
    }

    public static (string Style, TextAlignment Alignment) StyleOf(ParagraphRole role) => role switch
    {
        ParagraphRole.Note => (DocxStyleIds.FootnoteText, TextAlignment.Justify),
        ParagraphRole.Caption => (DocxStyleIds.Caption, TextAlignment.Center),
        _ => (DocxStyleIds.Normal, TextAlignment.Justify),
    };
}
