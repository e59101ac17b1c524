using System.Text;
using FilingForge.Writers.Pdf.Fonts;
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
    private readonly Dictionary<TrueTypeFont, EmbeddedFont> _fonts = new(ReferenceEqualityComparer.Instance);

    public PdfPageEmitter(PdfDocumentWriter document, IReadOnlySet<string> anchors)
    {
        _document = document;
        _anchors = anchors;
    }

    public void PageFinished(LayoutPage layout)
    {
        var page = _document.BeginPage(layout.Width, layout.Height);
        var h = layout.Height;
        var content = page.Content;
        foreach (var item in layout.Items)
        {
            switch (item)
            {
                case TextItem text:
                    var font = FontOf(text.Font);
                    content.FillColor(text.Color);
                    content.ShowGlyphs(font.ResourceName, text.Size, text.X, h - text.Baseline, Codes(font, text.Text), SpaceCode(font, text), text.ExtraPerSpace);
                    break;
                case RuleItem rule:
                    content.SaveState().StrokeColor(rule.Color).LineWidth(rule.Width);
                    if (rule.Dashed) content.Dash(3, 2);
                    content.Line(rule.X1, h - rule.Y1, rule.X2, h - rule.Y2).RestoreState();
                    break;
                case BoxItem box:
                    content.SaveState();
                    if (box.Fill is { } fill) content.FillColor(fill).Rectangle(box.X, h - box.Y - box.Height, box.Width, box.Height).Fill();
                    if (box.Stroke is { } stroke) content.StrokeColor(stroke).LineWidth(box.LineWidth).Rectangle(box.X, h - box.Y - box.Height, box.Width, box.Height).Stroke();
                    content.RestoreState();
                    break;
                case PathItem path:
                    content.SaveState().StrokeColor(path.Color).FillColor(path.Color).LineWidth(Math.Max(path.Width, 0.1));
                    content.MoveTo(path.Points[0].X, h - path.Points[0].Y);
                    foreach (var (x, y) in path.Points.Skip(1)) content.LineTo(x, h - y);
                    if (path.Closed) content.ClosePath();
                    if (path.Filled) content.Fill(); else content.Stroke();
                    content.RestoreState();
                    break;
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

    private EmbeddedFont FontOf(TrueTypeFont font)
    {
        if (_fonts.TryGetValue(font, out var embedded)) return embedded;
        embedded = new EmbeddedFont(font, "F" + (_fonts.Count + 1), _document.File.Reserve());
        _fonts[font] = _document.AddResource(embedded);
        return embedded;
    }

    private static ushort[] Codes(EmbeddedFont font, string text)
    {
        var codes = new List<ushort>(text.Length);
        foreach (var rune in text.EnumerateRunes()) codes.Add(font.Use(font.Font.GlyphOf(rune.Value), rune.ToString()));
        return codes.ToArray();
    }

    private static ushort SpaceCode(EmbeddedFont font, TextItem text) =>
        text.ExtraPerSpace == 0 ? (ushort)0xFFFF : font.Use(font.Font.GlyphOf(' '), " ");
}
