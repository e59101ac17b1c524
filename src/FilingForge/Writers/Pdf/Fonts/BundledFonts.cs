using System.Collections.Concurrent;

namespace FilingForge.Writers.Pdf.Fonts;

/// <summary>
/// The fonts embedded in FilingForge (Bundled/README.md): Liberation Serif 2.1.5 in four styles as the text face, and
/// DejaVu Sans 2.37 for the symbols Liberation lacks (☐ ☒). They are what makes a PDF's bytes the same on every machine:
/// a theme that names Liberation Serif, or Times New Roman (which Liberation Serif matches width for width), is set in
/// these files and never in whatever version of a font the machine happens to have.
/// </summary>
public static class BundledFonts
{
    public const string TextFamily = "Liberation Serif";
    public const string SymbolFamily = "DejaVu Sans";

    /// <summary>Lazy, so writers starting together read a resource once; a parsed font is kept for the process.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<TrueTypeFont>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The bundled text face of a family in a style: Liberation Serif itself, or a family it stands in for; else null.</summary>
    public static TrueTypeFont? TextFace(string family, FontStyle style) =>
        string.Equals(family, TextFamily, StringComparison.OrdinalIgnoreCase) || MetricCompatibleFamilies.AreCompatible(family, TextFamily)
            ? Text(style)
            : null;

    /// <summary>Liberation Serif in the given style: the face of last resort when a theme names nothing usable.</summary>
    public static TrueTypeFont Text(FontStyle style) => Load(style switch
    {
        FontStyle.Bold => "LiberationSerif-Bold.ttf",
        FontStyle.Italic => "LiberationSerif-Italic.ttf",
        FontStyle.BoldItalic => "LiberationSerif-BoldItalic.ttf",
        _ => "LiberationSerif-Regular.ttf",
    });

    /// <summary>DejaVu Sans, tried per character after the text face (its coverage includes the ballot boxes).</summary>
    public static TrueTypeFont Symbols => Load("DejaVuSans.ttf");

    private static TrueTypeFont Load(string file) =>
        Loaded.GetOrAdd(file, f => new Lazy<TrueTypeFont>(() => TrueTypeFont.Parse(ReadResource(f)))).Value;

    private static byte[] ReadResource(string file)
    {
        var name = "FilingForge.Fonts." + file;
        using var stream = typeof(BundledFonts).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"The assembly lacks its bundled font resource '{name}': a broken build.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
