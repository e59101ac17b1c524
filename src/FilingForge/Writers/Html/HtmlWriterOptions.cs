namespace FilingForge.Writers.Html;

/// <summary>How a footnote reference is set in running text.</summary>
public enum FootnoteMarkerStyle
{
    /// <summary><c>&lt;sup&gt;(1)&lt;/sup&gt;</c>, as printed proxy statements set them.</summary>
    Superscript,

    /// <summary><c>(1)</c> on the line, as many EDGAR filings of the text era did.</summary>
    Parenthesized,
}

/// <summary>Choices of the HTML writers that the shared theme does not (yet) carry.</summary>
public sealed record HtmlWriterOptions(FootnoteMarkerStyle FootnoteMarkers = FootnoteMarkerStyle.Superscript)
{
    public static HtmlWriterOptions Default { get; } = new();
}
