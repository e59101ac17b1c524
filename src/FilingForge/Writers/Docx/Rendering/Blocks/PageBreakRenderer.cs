using DocumentFormat.OpenXml;
using FilingForge.Document;

namespace FilingForge.Writers.Docx.Rendering.Blocks;

/// <summary>
/// A page break becomes "page break before" on the next paragraph, as Word users set it, rather than an empty
/// paragraph that would leave a blank line at the top of the page. A break before anything or inside a cell is dropped.
/// </summary>
internal sealed class PageBreakRenderer : DocxBlockRenderer<PageBreak>
{
    protected override void Write(DocxRenderer renderer, PageBreak block, DocxContext context, OpenXmlElement target)
    {
        if (!context.InTableCell && renderer.State.BodyHasContent) renderer.State.PageBreakPending = true;
    }
}
