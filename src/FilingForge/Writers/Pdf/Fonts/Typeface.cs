using System.Text;

namespace FilingForge.Writers.Pdf.Fonts;

/// <summary>
/// A font with per-glyph fallbacks: text is measured and split into runs, each run set in the first font that has
/// its characters (the body font for letters, a symbol font for ☐ ☒).
/// </summary>
public sealed class Typeface
{
    private readonly IReadOnlyList<TrueTypeFont> _fallbacks;
    private readonly Action<int> _onMissing;

    public Typeface(TrueTypeFont primary, IReadOnlyList<TrueTypeFont> fallbacks, Action<int> onMissing)
    {
        Primary = primary;
        _fallbacks = fallbacks;
        _onMissing = onMissing;
    }

    public TrueTypeFont Primary { get; }

    public double Ascent(double size) => Primary.Ascender * size / Primary.UnitsPerEm;

    public double Descent(double size) => -Primary.Descender * size / Primary.UnitsPerEm;

    public double Measure(string text, double size)
    {
        double units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var font = FontFor(rune.Value);
            units += font.AdvanceOf(font.GlyphOf(rune.Value)) * 1000.0 / font.UnitsPerEm;
        }

        return units * size / 1000;
    }

    /// <summary>Splits text into runs of one font each.</summary>
    public IEnumerable<(TrueTypeFont Font, string Text)> Segments(string text)
    {
        TrueTypeFont? current = null;
        var run = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var font = FontFor(rune.Value);
            if (current is not null && font != current)
            {
                yield return (current, run.ToString());
                run.Clear();
            }

            current = font;
            run.Append(rune.ToString());
        }

        if (current is not null && run.Length > 0) yield return (current, run.ToString());
    }

    private TrueTypeFont FontFor(int codePoint)
    {
        if (Primary.HasGlyph(codePoint) || codePoint < 0x20) return Primary;
        foreach (var f in _fallbacks) if (f.HasGlyph(codePoint)) return f;
        _onMissing(codePoint);
        return Primary;
    }
}
