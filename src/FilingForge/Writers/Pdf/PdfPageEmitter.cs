using FilingForge.Writers.Pdf.Format;
using FilingForge.Writers.Pdf.Layout;

namespace FilingForge.Writers.Pdf;

/// <summary>
/// Turns each finished layout page into a PDF page at once: text becomes glyph codes of subset fonts (registered on first
/// use), boxes and rules become paths, anchors become named destinations and bookmarks.
/// </summary>
internal sealed class PdfPageEmitter : IPageSink
{
    private readonly PdfDocumentWriter _document;
    private readonly IReadOnlySet<string> _anchors;
    private readonly PdfItemPainter _painter;

    public PdfPageEmitter(PdfDocumentWriter document, IReadOnlySet<string> anchors)
    {
        _document = document;
        _anchors = anchors;
        _painter = new PdfItemPainter(document);
    }

    public void PageFinished(LayoutPage layout)
    {
        var page = _document.BeginPage(layout.Width, layout.Height);
        var h = layout.Height;
        foreach (var item in layout.Items)
        {
            if (_painter.Paint(item, page.Content, h)) continue;
            switch (item)
            {
                case LinkItem link when _anchors.Contains(link.TargetId):
                    page.AddLink(link.X, h - link.Y - link.Height, link.Width, link.Height, link.TargetId);
                    break;
                case AnchorItem anchor:
                    _document.AddDestination(anchor.Id, page, 0, Math.Min(h, h - anchor.Y + 12));
                    if (anchor.OutlineLevel > 0) _document.AddOutlineItem(anchor.OutlineLevel, anchor.Title, anchor.Id);
                    break;
            }
        }

        _document.EndPage(page);
    }
}
