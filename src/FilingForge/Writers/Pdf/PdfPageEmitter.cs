using FilingForge.Writers.Pdf.Format;
using FilingForge.Writers.Pdf.Layout;

namespace FilingForge.Writers.Pdf;

/// <summary>
/// Turns each finished layout page into a PDF page at once: text becomes glyph codes of subset fonts (registered on first
/// use), boxes and rules become paths, anchors become named destinations and bookmarks, and the layout's structure
/// marks become the tagged PDF's marked content and structure elements (<see cref="PdfContentTagger"/>).
/// </summary>
internal sealed class PdfPageEmitter : IPageSink
{
    private readonly PdfDocumentWriter _document;
    private readonly IReadOnlySet<string> _anchors;
    private readonly PdfItemPainter _painter;
    private readonly PdfContentTagger _tagger;

    public PdfPageEmitter(PdfDocumentWriter document, IReadOnlySet<string> anchors)
    {
        _document = document;
        _anchors = anchors;
        _painter = new PdfItemPainter(document);
        _tagger = new PdfContentTagger(document);
    }

    public void PageFinished(LayoutPage layout)
    {
        var page = _document.BeginPage(layout.Width, layout.Height);
        _tagger.BeginPage(page);
        var h = layout.Height;
        foreach (var item in layout.Items)
        {
            if (_tagger.Mark(item)) continue;
            if (PdfItemPainter.Paints(item))
            {
                _tagger.BeforePaint(item);
                if (item is TextItem text) LineEnd(text, layout.Number, page.Content, h);
                _painter.Paint(item, page.Content, h);
                continue;
            }

            switch (item)
            {
                case LinkItem link when _anchors.Contains(link.TargetId):
                    _tagger.Annotation(page.AddLink(link.X, h - link.Y - link.Height, link.Width, link.Height, link.TargetId));
                    break;
                case WebLinkItem web:
                    _tagger.Annotation(page.AddWebLink(web.X, h - web.Y - web.Height, web.Width, web.Height, web.Url));
                    break;
                case AnchorItem anchor:
                    _document.AddDestination(anchor.Id, page, 0, Math.Min(h, h - anchor.Y + 12));
                    if (anchor.OutlineLevel > 0) _document.AddOutlineItem(anchor.OutlineLevel, anchor.Title, anchor.Id);
                    break;
            }
        }

        _tagger.EndPage();
        _document.EndPage(page);
    }

    private (TextItem Text, PdfStructureElement Owner, int Page)? _previous;

    /// <summary>Before a run of the same element as the last run that begins the next line (or page), the space between them.</summary>
    private void LineEnd(TextItem text, int pageNumber, PdfContentBuilder content, double h)
    {
        var owner = _tagger.ContentOwner;
        if (owner is null) return;
        if (_previous is { } previous && ReferenceEquals(previous.Owner, owner) && StartsNewLine(previous.Text, text, previous.Page != pageNumber))
            _painter.PaintLineEnd(previous.Text, content, h);
        _previous = (text, owner, pageNumber);
    }

    /// <summary>A run that starts left of where the one before ended, on a lower baseline or another page, begins the next line.</summary>
    private static bool StartsNewLine(TextItem previous, TextItem next, bool otherPage) =>
        (otherPage || (next.Baseline > previous.Baseline + 0.5 && next.X < previous.X + previous.Width - 0.5))
        && previous.Text.Length > 0 && previous.Text[^1] is not (' ' or '-' or '\u2014' or '/');

    /// <summary>Ends the structure left open after the last page; call before the document is finished.</summary>
    public void Finish() => _tagger.Finish();
}
