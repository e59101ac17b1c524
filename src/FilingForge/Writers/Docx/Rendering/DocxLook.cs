using FilingForge.Theming;

namespace FilingForge.Writers.Docx.Rendering;

/// <summary>The theme's measures in Word's units, worked out once per document.</summary>
internal sealed class DocxLook
{
    public DocxLook(Theme theme)
    {
        Theme = theme;
        var page = theme.Page;
        TextWidthTwips = DocxUnits.Twips(page.Width - page.MarginLeft - page.MarginRight);
        RuleSize = DocxUnits.BorderEighths(theme.TableRuleWidth);
        RuleColor = theme.Colors.Rule;
    }

    public Theme Theme { get; }
    public int TextWidthTwips { get; }

    /// <summary>Width of table rules, form lines and panel borders, in eighths of a point.</summary>
    public uint RuleSize { get; }

    public string RuleColor { get; }

    /// <summary>The font Word is asked for: the theme's preferred family (Word substitutes on its own).</summary>
    public static string FontName(FontSpec font) => font.Families.Count > 0 ? font.Families[0] : "Times New Roman";
}
