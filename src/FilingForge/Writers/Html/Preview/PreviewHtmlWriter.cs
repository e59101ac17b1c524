using FilingForge.Document;
using FilingForge.Writers.Html.Renderers;
using FilingForge.Writers.Html.Styles;

namespace FilingForge.Writers.Html.Preview;

/// <summary>
/// The preview dialect, <c>&lt;document&gt;.html</c>: HTML5 in UTF-8 for reviewers, with a style sheet generated from
/// the theme (page size and margins, print rules) and the performance graph drawn as inline SVG above its data table.
/// It must pass the W3C Nu HTML checker without errors.
/// </summary>
public sealed class PreviewHtmlWriter : HtmlDocumentWriter
{
    public PreviewHtmlWriter(HtmlWriterOptions? options = null)
        : base(options)
    {
        Register(new PreviewChartRenderer());
    }

    public override string Format => "html";
    public override string Extension => ".html";
    public override HtmlTextEncoder Encoder => HtmlTextEncoder.Unicode;
    public override bool IsHtml5 => true;

    /// <summary>The preview is read on screen and filed nowhere: a web address is a link there.</summary>
    public override void WriteWebAddress(HtmlRenderer renderer, WebAddress address) => InlineRenderer.WriteWebLink(renderer, address);

    protected override void WriteDocumentStart(HtmlRenderer renderer)
    {
        var output = renderer.Output;
        var properties = renderer.Document.Properties;
        output.Raw("<!DOCTYPE html>\n");
        output.Open("html").Attribute("lang", "en").EndOpen().Line();
        output.Tag("head").Line();
        output.Open("meta").Attribute("charset", "utf-8").EndOpen().Line();
        output.Open("meta").Attribute("name", "viewport").Attribute("content", "width=device-width, initial-scale=1").EndOpen().Line();
        output.Tag("title").Text(DocumentTitle.Of(renderer.Document)).Close("title").Line();
        Meta(output, "author", properties.Author);
        Meta(output, "description", properties.Subject);
        Meta(output, "generator", "FilingForge");
        output.Tag("style").Line().Raw(PreviewStyleSheet.Build(renderer.Styles, renderer.Theme)).Raw(DraftBanner.StyleRules(properties.DraftStamp))
            .Close("style").Line();
        output.Close("head").Line();
        output.Tag("body").Line();
        DraftBanner.Write(output, properties.DraftStamp);
        output.Open("main").Attribute("class", "document").EndOpen().Line();
    }

    protected override void WriteDocumentEnd(HtmlRenderer renderer) =>
        renderer.Output.Close("main").Line().Close("body").Line().Close("html").Line();

    /// <summary>Styles are rules of the style sheet: element rules need nothing, class rules a class; extras go inline.</summary>
    public override void WriteStyle(HtmlRenderer renderer, IReadOnlyList<HtmlStyle> styles, IReadOnlyList<CssDeclaration> extra)
    {
        var output = renderer.Output;
        var classes = styles.Where(s => s.Scope == StyleScope.Class).Select(s => s.Name).Distinct().ToArray();
        if (classes.Length > 0) output.Attribute("class", string.Join(" ", classes));
        if (extra.Count > 0) output.Attribute("style", HtmlStyle.Inline(extra));
    }

    private static void Meta(HtmlOutput output, string name, string content)
    {
        if (!string.IsNullOrWhiteSpace(content)) output.Open("meta").Attribute("name", name).Attribute("content", content).EndOpen().Line();
    }
}
