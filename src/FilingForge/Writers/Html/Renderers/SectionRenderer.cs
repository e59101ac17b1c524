using FilingForge.Document;
using FilingForge.Writers.Html.Styles;

namespace FilingForge.Writers.Html.Renderers;

/// <summary>
/// A group of blocks as a <c>&lt;div&gt;</c>: boxed panels get a border (never a table, which EDGAR could not nest),
/// page sections start on a new page. The preview also records the section's name in a data attribute.
/// </summary>
public sealed class SectionRenderer : HtmlBlockRenderer<Section>
{
    protected override void Write(HtmlRenderer renderer, Section section)
    {
        if (section.Style == SectionStyle.NewPage && renderer.HasContent) PageBreakRenderer.WritePageBreak(renderer);
        var output = renderer.Output;
        output.Open("div");
        if (renderer.Dialect.IsHtml5 && section.Name.Length > 0) output.Attribute("data-section", section.Name);
        renderer.Style(section.Style == SectionStyle.Boxed ? [renderer.Styles.Boxed] : Array.Empty<HtmlStyle>());
        output.EndOpen().Line();
        renderer.Write(section.Blocks);
        output.Close("div").Line();
    }
}
