using FilingForge.Document;

namespace FilingForge.Writers.Html.Renderers;

/// <summary>Blocks that are a fragment of a text block fact: the dialect decides whether the tag is written.</summary>
public sealed class TaggedBlocksRenderer : HtmlBlockRenderer<TaggedBlocks>
{
    protected override void Write(HtmlRenderer renderer, TaggedBlocks tagged) => renderer.Dialect.WriteTaggedBlocks(renderer, tagged);
}
