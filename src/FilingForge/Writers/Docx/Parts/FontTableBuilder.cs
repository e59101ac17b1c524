using FilingForge.Writers.Docx.Rendering;
using FilingForge.Writers.Docx.Rendering.Blocks;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Parts;

/// <summary>The fonts the document names: the theme's four and the check-box glyph font, each once, in a fixed order.</summary>
internal static class FontTableBuilder
{
    public static W.Fonts Build(DocxLook look)
    {
        var theme = look.Theme;
        var names = new[] { theme.BodyFont, theme.HeadingFont, theme.TableFont, theme.NoteFont }
            .Select(DocxLook.FontName)
            .Append(CheckboxLineRenderer.GlyphFont)
            .Distinct(StringComparer.Ordinal);
        var fonts = new W.Fonts();
        foreach (var name in names)
            fonts.AppendChild(new W.Font(
                new W.FontCharSet { Val = "00" },
                new W.FontFamily { Val = W.FontFamilyValues.Auto },
                new W.Pitch { Val = W.FontPitchValues.Variable })
            { Name = name });
        return fonts;
    }
}
