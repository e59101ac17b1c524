using FilingForge.Writers.Pdf.Fonts;

namespace FilingForge.Writers.Pdf.Layout;

/// <summary>The four faces of one theme font (body, heading, table or note), resolved once per write.</summary>
public sealed class FontFamilyFaces(FontResolver resolver, IReadOnlyList<string> families)
{
    private readonly Dictionary<FontStyle, Typeface> _faces = new();

    public Typeface this[bool bold, bool italic] => Of(bold ? italic ? FontStyle.BoldItalic : FontStyle.Bold : italic ? FontStyle.Italic : FontStyle.Regular);

    public Typeface Of(FontStyle style)
    {
        if (!_faces.TryGetValue(style, out var face)) _faces[style] = face = resolver.TypefaceOf(families, style);
        return face;
    }
}
