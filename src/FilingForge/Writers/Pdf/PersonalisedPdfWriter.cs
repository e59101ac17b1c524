using FilingForge.Writers.Pdf.Format;
using FilingForge.Writers.Pdf.Layout;

namespace FilingForge.Writers.Pdf;

/// <summary>
/// Writes many personalised copies of one laid-out template (a proxy card per holder) as a single streamed PDF. Each
/// template page becomes one Form XObject, painted once; every copy's page is <c>/Tn Do</c> plus only its personalised
/// text, written as soon as it is stamped. Fonts are shared by forms and pages and subset after the last page, so the
/// subset holds exactly the glyphs of the template and of every personalised field. Memory per copy is the page's
/// object offsets and number (a few bytes), not its content.
/// </summary>
public sealed class PersonalisedPdfWriter : IDisposable
{
    private readonly PdfDocumentWriter _document;
    private readonly PdfItemPainter _painter;
    private readonly List<(PdfFormXObject Form, double Width, double Height)> _forms = new();
    private readonly List<byte[]> _paintForm = new();
    private bool _finished;

    /// <param name="template">The template's pages; links and anchors on them are ignored (copies have no outline).</param>
    public PersonalisedPdfWriter(Stream output, PdfDocumentInfo info, IReadOnlyList<LayoutPage> template)
    {
        _document = new PdfDocumentWriter(output, info);
        _painter = new PdfItemPainter(_document);
        foreach (var page in template)
        {
            var content = new PdfContentBuilder();
            foreach (var item in page.Items) _painter.Paint(item, content, page.Height);
            var form = new PdfFormXObject("T" + (_forms.Count + 1), _document.File.Reserve(), _document.SharedResources, page.Width, page.Height, content.Bytes);
            _forms.Add((_document.AddResource(form), page.Width, page.Height));
            _paintForm.Add(System.Text.Encoding.ASCII.GetBytes("/" + form.ResourceName + " Do"));
        }
    }

    public int TemplatePageCount => _forms.Count;

    /// <summary>Pages written so far.</summary>
    public int PageCount => _document.PageCount;

    /// <summary>Writes one page: template page <paramref name="templatePage"/> (0-based) with <paramref name="overlay"/> painted over it.</summary>
    public void WritePage(int templatePage, IEnumerable<LayoutItem> overlay)
    {
        var (page, height) = Begin(templatePage);
        foreach (var item in overlay) _painter.Paint(item, page.Content, height);
        _document.EndPage(page, compressContent: false);
    }

    /// <summary>The same for a list of text (a card's personalised lines), without an enumerator per page.</summary>
    public void WritePage(int templatePage, IReadOnlyList<TextItem> overlay)
    {
        var (page, height) = Begin(templatePage);
        for (var i = 0; i < overlay.Count; i++) _painter.Paint(overlay[i], page.Content, height);
        _document.EndPage(page, compressContent: false);
    }

    private (PdfPage Page, double Height) Begin(int templatePage)
    {
        var (_, width, height) = _forms[templatePage];
        var page = _document.BeginPage(width, height);
        page.Content.SaveState().Op(_paintForm[templatePage]).RestoreState();
        return (page, height);
    }

    /// <summary>Writes the shared resources (forms, subset fonts), the page tree and the trailer.</summary>
    public void Finish()
    {
        if (_finished) return;
        _finished = true;
        _document.Finish();
    }

    public void Dispose() => _document.Dispose();
}
