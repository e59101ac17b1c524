using System.Collections.Concurrent;
using FilingForge.Diagnostics;

namespace FilingForge.Writers.Pdf.Fonts;

/// <summary>
/// Turns a theme's family list into loaded fonts for one write. Each family is looked for, in this order, in the
/// theme's font folders (they travel with the theme), among the bundled fonts (Liberation Serif, which also stands in
/// for Times New Roman) and among the fonts installed on the machine; the first family found is used. Only a family
/// that is neither the theme's nor bundled can make the PDF differ between machines, and only because the theme asked
/// for it. A family list with nothing usable is set in the bundled serif with a warning (FF6301), never not at all.
/// Parsed font files are cached for the process by path.
/// </summary>
public sealed class FontResolver
{
    /// <summary>Lazy, so writers starting together parse a font once.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<TrueTypeFont>> Loaded = new(StringComparer.Ordinal);

    private readonly FontLocator _themeFonts;
    private readonly FontLocator _installedFonts;
    private readonly DiagnosticBag _diagnostics;
    private readonly SourceLocation _location;
    private readonly HashSet<int> _reportedMissing = new();
    private readonly Dictionary<(string, FontStyle), TrueTypeFont> _resolved = new();

    public FontResolver(FontLocator themeFonts, FontLocator installedFonts, DiagnosticBag diagnostics, SourceLocation location)
    {
        _themeFonts = themeFonts;
        _installedFonts = installedFonts;
        _diagnostics = diagnostics;
        _location = location;
    }

    /// <summary>
    /// Tried per character after a text face. Only the bundled symbol font: a character it lacks is reported (FF6303)
    /// rather than set in whichever installed font has it, which would differ between machines.
    /// </summary>
    public static IReadOnlyList<TrueTypeFont> SymbolFallbacks => [BundledFonts.Symbols];

    public TrueTypeFont Resolve(IReadOnlyList<string> families, FontStyle style)
    {
        var key = (string.Join("|", families), style);
        if (_resolved.TryGetValue(key, out var known)) return known;
        var font = Find(families, style);
        _resolved[key] = font;
        return font;
    }

    public Typeface TypefaceOf(IReadOnlyList<string> families, FontStyle style) => new(Resolve(families, style), SymbolFallbacks, ReportMissing);

    private TrueTypeFont Find(IReadOnlyList<string> families, FontStyle style)
    {
        foreach (var family in families)
        {
            var font = FindFamily(family, style);
            if (font is null) continue;
            if (family != families[0]) ReportSubstitution(families[0], style, font.FamilyName);
            return font;
        }

        // A style missing from every family: the family's regular face keeps the theme's look better than another family would.
        if (style != FontStyle.Regular && families.Select(f => FindFamily(f, FontStyle.Regular)).FirstOrDefault(f => f is not null) is { } regular)
        {
            _diagnostics.Report(PdfDiagnostics.FontSubstituted, _location, families.Count > 0 ? families[0] : "", style, regular.FamilyName + " Regular");
            return regular;
        }

        var fallback = BundledFonts.Text(style);
        _diagnostics.Report(PdfDiagnostics.FontSubstituted, _location, families.Count > 0 ? string.Join(", ", families) : "(none)", style, fallback.FamilyName);
        return fallback;
    }

    private TrueTypeFont? FindFamily(string family, FontStyle style)
    {
        if (_themeFonts.Find(family, style) is { } themeFile) return Load(themeFile.Path);
        if (BundledFonts.TextFace(family, style) is { } bundled) return bundled;
        return _installedFonts.Find(family, style) is { } installedFile ? Load(installedFile.Path) : null;
    }

    private void ReportSubstitution(string wanted, FontStyle style, string used)
    {
        var descriptor = MetricCompatibleFamilies.AreCompatible(wanted, used) ? PdfDiagnostics.MetricCompatibleFontSubstituted : PdfDiagnostics.FontSubstituted;
        _diagnostics.Report(descriptor, _location, wanted, style, used);
    }

    private void ReportMissing(int codePoint)
    {
        if (_reportedMissing.Add(codePoint)) _diagnostics.Report(PdfDiagnostics.GlyphMissing, _location, codePoint);
    }

    public static TrueTypeFont Load(string path)
    {
        var font = Loaded.GetOrAdd(path, p => new Lazy<TrueTypeFont>(() => TrueTypeFont.Load(p)));
        try
        {
            return font.Value;
        }
        catch
        {
            Loaded.TryRemove(new KeyValuePair<string, Lazy<TrueTypeFont>>(path, font)); // a failed load is retried, not remembered
            throw;
        }
    }
}
