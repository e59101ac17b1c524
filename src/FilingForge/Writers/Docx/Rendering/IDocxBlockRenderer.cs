using DocumentFormat.OpenXml;
using FilingForge.Document;

namespace FilingForge.Writers.Docx.Rendering;

/// <summary>Writes one kind of IR block as Word elements. One small class per block kind, registered in <see cref="DocxRenderer"/>.</summary>
internal interface IDocxBlockRenderer
{
    Type BlockType { get; }

    void Write(DocxRenderer renderer, Block block, DocxContext context, OpenXmlElement target);
}

internal abstract class DocxBlockRenderer<TBlock> : IDocxBlockRenderer where TBlock : Block
{
    public Type BlockType => typeof(TBlock);

    public void Write(DocxRenderer renderer, Block block, DocxContext context, OpenXmlElement target) =>
        Write(renderer, (TBlock)block, context, target);

    protected abstract void Write(DocxRenderer renderer, TBlock block, DocxContext context, OpenXmlElement target);
}
