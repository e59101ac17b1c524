using FilingForge.Writers.Html.Styles;

namespace FilingForge.Writers.Html.Edgar;

/// <summary>
/// What EDGAR's two kinds of <c>.htm</c> share (ARCHITECTURE.md, "HTML"): ASCII with numeric character references,
/// every look written as one inline style attribute (EDGAR allows no style sheet), the performance graph as its data
/// table. The HTML 3.2-era dialect and Inline XBRL differ in their markup's rules and in what the document starts with.
/// </summary>
public abstract class EdgarDialectWriter : HtmlDocumentWriter
{
    protected EdgarDialectWriter(HtmlWriterOptions? options)
        : base(options)
    {
        Register(new EdgarChartRenderer());
    }

    public override string Format => "htm";
    public override string Extension => ".htm";
    public override HtmlTextEncoder Encoder => HtmlTextEncoder.Ascii;
    public override bool IsHtml5 => false;

    protected override void WriteDocumentEnd(HtmlRenderer renderer) =>
        renderer.Output.Close("body").Line().Close("html").Line();

    /// <summary>EDGAR has no style sheet: every style's declarations are merged into one style attribute.</summary>
    public override void WriteStyle(HtmlRenderer renderer, IReadOnlyList<HtmlStyle> styles, IReadOnlyList<CssDeclaration> extra)
    {
        var inline = renderer.InlineStyles.Cached(styles, extra);
        if (inline.Length > 0) renderer.Output.Attribute("style", inline);
    }
}
