
namespace FilingForge.Theming;

/// <summary>
/// <c>templates/shared/theme.yaml</c>: the look of every format. The DOCX writer turns it into Word styles, the HTML
/// writer into CSS, the PDF writer into layout settings, so changing the body font here changes all three.
/// Lengths are in points (1/72 inch).
/// </summary>
public sealed class Theme : ThemeNode
{
    public required PageSetup Page { get; init; }
    public required FontSpec BodyFont { get; init; }
    public required FontSpec HeadingFont { get; init; }
    public required FontSpec TableFont { get; init; }
    public required FontSpec NoteFont { get; init; }
    /// <summary>Sizes of heading levels 1, 2, 3.</summary>
    public required List<decimal> HeadingSizes { get; init; }
    /// <summary>Space between baselines minus font size; Rule 14a-5(d) wants at least 2 points.</summary>
    public required decimal Leading { get; init; }
    public required decimal ParagraphSpacing { get; init; }
    public required Colors Colors { get; init; }
    public required decimal TableRuleWidth { get; init; }
    /// <summary>Footer text; <c>{page}</c> and <c>{pages}</c> are replaced by numbers.</summary>
    public required string FooterPattern { get; init; }
    /// <summary>Folders searched for font files before the operating system's own.</summary>
    public List<string> FontFolders { get; init; } = [];
    /// <summary>The sheet, fold and type of the documents laid out as proxy cards.</summary>
    public CardSetup Card { get; init; } = CardSetup.Default;
}

public sealed class PageSetup : ThemeNode
{
    public required decimal Width { get; init; }
    public required decimal Height { get; init; }
    public required decimal MarginTop { get; init; }
    public required decimal MarginBottom { get; init; }
    public required decimal MarginLeft { get; init; }
    public required decimal MarginRight { get; init; }
}

public sealed class FontSpec : ThemeNode
{
    /// <summary>Preferred family first, then the fallbacks tried in order (each substitution is a warning).</summary>
    public required List<string> Families { get; init; }
    public required decimal Size { get; init; }
}

/// <summary>Colours as six hex digits, no '#'.</summary>
public sealed class Colors : ThemeNode
{
    public required string Text { get; init; }
    public required string Heading { get; init; }
    public required string Rule { get; init; }
    public required string TableHeaderBackground { get; init; }
    public required List<string> ChartSeries { get; init; }
}
