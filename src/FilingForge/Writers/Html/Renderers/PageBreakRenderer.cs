using FilingForge.Document;

namespace FilingForge.Writers.Html.Renderers;

/// <summary>
/// A rule that ends the printed page: <c>&lt;hr style="page-break-after:always"&gt;</c>, the form EDGAR filings use;
/// on screen it shows where the printed page ends.
/// </summary>
public sealed class PageBreakRenderer : HtmlBlockRenderer<PageBreak>
{
    protected override void Write(HtmlRenderer renderer, PageBreak pageBreak) => WritePageBreak(renderer);

    public static void WritePageBreak(HtmlRenderer renderer)
    {
        renderer.Output.Open("hr");
        renderer.Style(renderer.Styles.PageBreak);
        renderer.Output.EndVoid().Line();
    }
}
