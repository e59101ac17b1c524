using FilingForge.Document;

namespace FilingForge.Writers.Html.Renderers;

/// <summary>
/// <c>&lt;h1 id=…&gt;</c>; the id is the target of the table of contents' links. The element's rank follows the
/// outline (never skipping one), its look the heading's level.
/// </summary>
public sealed class HeadingRenderer : HtmlBlockRenderer<Heading>
{
    protected override void Write(HtmlRenderer renderer, Heading heading)
    {
        var level = Math.Clamp(heading.Level, 1, 6);
        var rank = renderer.Outline.RankOf(level);
        var tag = $"h{rank}";
        renderer.Output.Open(tag);
        renderer.Id(heading.Id, "heading").Style(renderer.Styles.Heading(level, rank), []);
        renderer.Output.EndOpen();
        renderer.WriteInlines(heading.Inlines);
        renderer.Output.Close(tag).Line();
    }
}
