using FilingForge.Writers.Pdf.Fonts;
using FilingForge.Writers.Pdf.Format;
using FilingForge.Writers.Pdf.Layout;

namespace FilingForge.Writers.Pdf;

/// <summary>
/// Paints the drawable layout items (text, rules, boxes, paths) into a content stream, registering each font with the
/// document on first use. Pages and Form XObjects of one document share one painter, so they share the subset fonts:
/// every glyph painted anywhere, personalised text included, lands in the subset written after the last page.
/// </summary>
internal sealed class PdfItemPainter
{
    private readonly PdfDocumentWriter _document;
    private readonly Dictionary<TrueTypeFont, EmbeddedFont> _fonts = new(ReferenceEqualityComparer.Instance);

    public PdfItemPainter(PdfDocumentWriter document) => _document = document;

    /// <summary>Whether the item is paint (text, rules, boxes, paths) rather than a link, an anchor or a structure mark.</summary>
    public static bool Paints(LayoutItem item) => item is TextItem or RuleItem or BoxItem or PathItem;

    /// <summary>Paints the item on a surface of height <paramref name="h"/>; false for items that are not paint (links, anchors).</summary>
    public bool Paint(LayoutItem item, PdfContentBuilder content, double h)
    {
        switch (item)
        {
            case TextItem text:
                var font = FontOf(text.Font);
                if (text.Invisible) content.SaveState().Op("3 Tr");
                content.FillColor(text.Color);
                var codes = text.Text.Length <= 256 ? stackalloc ushort[text.Text.Length] : new ushort[text.Text.Length];
                var count = Codes(font, text.Text, codes);
                content.ShowGlyphs(font.ResourceName, text.Size, text.X, h - text.Baseline, codes[..count], SpaceCode(font, text), text.ExtraPerSpace);
                if (text.Invisible) content.Op("0 Tr").RestoreState();
                return true;
            case RuleItem rule:
                content.SaveState().StrokeColor(rule.Color).LineWidth(rule.Width);
                if (rule.Dashed) content.Dash(3, 2);
                content.Line(rule.X1, h - rule.Y1, rule.X2, h - rule.Y2).RestoreState();
                return true;
            case BoxItem box:
                content.SaveState();
                if (box.Fill is { } fill) content.FillColor(fill).Rectangle(box.X, h - box.Y - box.Height, box.Width, box.Height).Fill();
                if (box.Stroke is { } stroke) content.StrokeColor(stroke).LineWidth(box.LineWidth).Rectangle(box.X, h - box.Y - box.Height, box.Width, box.Height).Stroke();
                content.RestoreState();
                return true;
            case PathItem path:
                content.SaveState().StrokeColor(path.Color).FillColor(path.Color).LineWidth(Math.Max(path.Width, 0.1));
                content.MoveTo(path.Points[0].X, h - path.Points[0].Y);
                foreach (var (x, y) in path.Points.Skip(1)) content.LineTo(x, h - y);
                if (path.Closed) content.ClosePath();
                if (path.Filled) content.Fill(); else content.Stroke();
                content.RestoreState();
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// An unpainted space after the last run of a line that the next line of the same text continues: text read from the
    /// structure tree (a screen reader, <c>pdfinfo -struct-text</c>) joins a sequence's runs as they come, and without it
    /// the last word of a line would run into the first of the next.
    /// </summary>
    public void PaintLineEnd(TextItem previous, PdfContentBuilder content, double h)
    {
        var font = FontOf(previous.Font);
        Span<ushort> space = [font.Use(font.Font.GlyphOf(' '), " ")];
        content.SaveState().Op("3 Tr");
        content.ShowGlyphs(font.ResourceName, previous.Size, previous.X + previous.Width, h - previous.Baseline, space);
        content.Op("0 Tr").RestoreState();
    }

    private EmbeddedFont FontOf(TrueTypeFont font)
    {
        if (_fonts.TryGetValue(font, out var embedded)) return embedded;
        embedded = new EmbeddedFont(font, "F" + (_fonts.Count + 1), _document.File.Reserve());
        _fonts[font] = _document.AddResource(embedded);
        return embedded;
    }

    /// <summary>The text's codes into <paramref name="codes"/> (one per rune, so at most one per UTF-16 unit); returns how many.</summary>
    private static int Codes(EmbeddedFont font, string text, Span<ushort> codes)
    {
        var n = 0;
        foreach (var rune in text.EnumerateRunes()) codes[n++] = font.Use(font.Font.GlyphOf(rune.Value), rune);
        return n;
    }

    private static ushort SpaceCode(EmbeddedFont font, TextItem text) =>
        text.ExtraPerSpace == 0 ? (ushort)0xFFFF : font.Use(font.Font.GlyphOf(' '), " ");
}
