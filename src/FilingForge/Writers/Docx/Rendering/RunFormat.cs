using DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Rendering;

/// <summary>The character formatting in force while inlines are written: emphasis nests by adding flags.</summary>
internal readonly record struct RunFormat(bool Bold, bool Italic, bool Underline, bool Link, string? CharacterStyle = null)
{
    public static readonly RunFormat Plain = default;

    public bool IsPlain => !Bold && !Italic && !Underline && !Link && CharacterStyle is null;

    public RunProperties? ToProperties()
    {
        if (IsPlain) return null;
        var properties = new RunProperties();
        var style = CharacterStyle ?? (Link ? DocxStyleIds.Hyperlink : null);
        if (style is not null) properties.RunStyle = new RunStyle { Val = style };
        if (Bold) properties.Bold = new Bold();
        if (Italic) properties.Italic = new Italic();
        if (Underline) properties.Underline = new Underline { Val = UnderlineValues.Single };
        return properties;
    }
}
