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
    private readonly Dictionary<int, (TrueTypeFont Font, double Advance)> _glyphs = new();
    /// <summary>The same for the first code points (Latin and its supplements), where nearly all text falls: an array is much faster than the dictionary.</summary>
    private readonly (TrueTypeFont? Font, double Advance)[] _latin = new (TrueTypeFont?, double)[0x250];

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
        foreach (var rune in text.EnumerateRunes()) units += Lookup(rune.Value).Advance;
        return units * size / 1000;
    }

    /// <summary>Splits text into runs of one font each.</summary>
    public IEnumerable<(TrueTypeFont Font, string Text)> Segments(string text)
    {
        TrueTypeFont? current = null;
        var run = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var font = Lookup(rune.Value).Font;
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

    /// <summary>The font that sets a character and its advance in thousandths of the em, remembered per character.</summary>
    private (TrueTypeFont Font, double Advance) Lookup(int codePoint)
    {
        if (codePoint < _latin.Length)
        {
            var cached = _latin[codePoint];
            if (cached.Font is not null) return (cached.Font, cached.Advance);
            var found = Resolve(codePoint);
            _latin[codePoint] = found;
            return found;
        }

        if (_glyphs.TryGetValue(codePoint, out var known)) return known;
        known = Resolve(codePoint);
        _glyphs[codePoint] = known;
        return known;
    }

    private (TrueTypeFont Font, double Advance) Resolve(int codePoint)
    {
        var font = FontFor(codePoint);
        return (font, font.AdvanceOf(font.GlyphOf(codePoint)) * 1000.0 / font.UnitsPerEm);
    }

    private TrueTypeFont FontFor(int codePoint)
    {
        if (Primary.HasGlyph(codePoint) || codePoint < 0x20) return Primary;
        foreach (var f in _fallbacks) if (f.HasGlyph(codePoint)) return f;
        _onMissing(codePoint);
        return Primary;
    }
}
