using FilingForge.Document;

namespace FilingForge.Writers.Html.Renderers;

/// <summary><c>&lt;h1 id=…&gt;</c>; the id is the target of the table of contents' links.</summary>
public sealed class HeadingRenderer : HtmlBlockRenderer<Heading>
{
    protected override void Write(HtmlRenderer renderer, Heading heading)
    {
        var level = Math.Clamp(heading.Level, 1, 6);
        var tag = $"h{level}";
        renderer.Output.Open(tag);
        renderer.Id(heading.Id, "heading").Style(renderer.Styles.Heading(level));
        renderer.Output.EndOpen();
        renderer.WriteInlines(heading.Inlines);
        renderer.Output.Close(tag).Line();
    }
}
