using System.Collections.Concurrent;
using FilingForge.Diagnostics;

namespace FilingForge.Writers.Pdf.Fonts;

/// <summary>
/// Turns a theme's family list into loaded fonts for one write, reporting each substitution (FF6301) and a family
/// list with no usable font (FF6302). Parsed fonts are cached for the process by path.
/// </summary>
public sealed class FontResolver
{
    /// <summary>Families tried, per glyph, for characters the chosen font lacks (check boxes, arrows).</summary>
    public static readonly IReadOnlyList<string> SymbolFamilies = ["DejaVu Sans", "DejaVu Serif", "Liberation Sans"];

    /// <summary>Lazy, so writers starting together parse a font once.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<TrueTypeFont>> Loaded = new(StringComparer.Ordinal);

    private readonly FontLocator _locator;
    private readonly DiagnosticBag _diagnostics;
    private readonly SourceLocation _location;
    private readonly HashSet<int> _reportedMissing = new();
    private readonly Dictionary<(string, FontStyle), TrueTypeFont?> _resolved = new();
    private IReadOnlyList<TrueTypeFont>? _symbols;

    public FontResolver(FontLocator locator, DiagnosticBag diagnostics, SourceLocation location)
    {
        _locator = locator;
        _diagnostics = diagnostics;
        _location = location;
    }

    public TrueTypeFont? Resolve(IReadOnlyList<string> families, FontStyle style)
    {
        var key = (string.Join("|", families), style);
        if (_resolved.TryGetValue(key, out var known)) return known;
        var font = Find(families, style);
        _resolved[key] = font;
        return font;
    }

    public IReadOnlyList<TrueTypeFont> SymbolFallbacks => _symbols ??= SymbolFamilies
        .Select(f => _locator.Find(f, FontStyle.Regular))
        .Where(f => f is not null)
        .Select(f => Load(f!.Path))
        .ToList();

    public Typeface TypefaceOf(IReadOnlyList<string> families, FontStyle style)
    {
        var primary = Resolve(families, style);
        var fallbacks = SymbolFallbacks;
        if (primary is null && fallbacks.Count == 0) throw new InvalidOperationException("No font at all: resolve fonts and check diagnostics first.");
        return new Typeface(primary ?? fallbacks[0], fallbacks, ReportMissing);
    }

    private void ReportSubstitution(string wanted, FontStyle style, string used)
    {
        var descriptor = MetricCompatibleFamilies.AreCompatible(wanted, used) ? PdfDiagnostics.MetricCompatibleFontSubstituted : PdfDiagnostics.FontSubstituted;
        _diagnostics.Report(descriptor, _location, wanted, style, used);
    }

    private TrueTypeFont? Find(IReadOnlyList<string> families, FontStyle style)
    {
        foreach (var family in families)
        {
            var file = _locator.Find(family, style);
            if (file is null) continue;
            if (family != families[0]) ReportSubstitution(families[0], style, family);
            return Load(file.Path);
        }

        // A style missing from every family: fall back to the regular face rather than to nothing.
        if (style != FontStyle.Regular && Resolve(families, FontStyle.Regular) is { } regular)
        {
            _diagnostics.Report(PdfDiagnostics.FontSubstituted, _location, families[0], style, regular.FamilyName + " Regular");
            return regular;
        }

        if (style == FontStyle.Regular)
            _diagnostics.Report(PdfDiagnostics.NoUsableFont, _location, string.Join(", ", families), style, string.Join(", ", _locator.Folders));
        return null;
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
