using FilingForge.Document;

namespace FilingForge.Writers.Html;

/// <summary>Renders one kind of block into HTML. A writer registers one per block kind (markdig's ObjectRenderer pattern).</summary>
public interface IHtmlBlockRenderer
{
    Type BlockType { get; }

    void Write(HtmlRenderer renderer, Block block);
}

public abstract class HtmlBlockRenderer<TBlock> : IHtmlBlockRenderer where TBlock : Block
{
    public Type BlockType => typeof(TBlock);

    public void Write(HtmlRenderer renderer, Block block) => Write(renderer, (TBlock)block);

    protected abstract void Write(HtmlRenderer renderer, TBlock block);
}
