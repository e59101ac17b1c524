using DocumentFormat.OpenXml;
using FilingForge.Document;

namespace FilingForge.Writers.Docx.Rendering.Blocks;

/// <summary>A heading in the Heading 1–3 style (Title on the cover), bookmarked under its id.</summary>
internal sealed class HeadingRenderer : DocxBlockRenderer<Heading>
{
    protected override void Write(DocxRenderer renderer, Heading block, DocxContext context, OpenXmlElement target)
    {
        var style = context.InCover && block.Level == 1 ? DocxStyleIds.Title : DocxStyleIds.Heading(block.Level);
        var paragraph = DocxParagraphs.New(style);
        renderer.Inlines.Write(paragraph, block.Inlines);
        DocxParagraphs.Bookmark(paragraph, renderer.State, block.Id);
        renderer.Append(paragraph, context, target);
    }
}
