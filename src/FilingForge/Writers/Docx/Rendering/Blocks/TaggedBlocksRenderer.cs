using DocumentFormat.OpenXml;
using FilingForge.Document;

namespace FilingForge.Writers.Docx.Rendering.Blocks;

/// <summary>
/// A fragment of an Inline XBRL text block is just its blocks: Word carries no facts, so the .docx of a tagged
/// document is the one of the same document untagged.
/// </summary>
internal sealed class TaggedBlocksRenderer : DocxBlockRenderer<TaggedBlocks>
{
    protected override void Write(DocxRenderer renderer, TaggedBlocks block, DocxContext context, OpenXmlElement target) =>
        renderer.WriteBlocks(block.Blocks, context, target);
}
