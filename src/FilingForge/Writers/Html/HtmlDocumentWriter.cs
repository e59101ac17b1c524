using System.Text;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Theming;
using FilingForge.Writers.Html.Renderers;
using FilingForge.Writers.Html.Styles;

namespace FilingForge.Writers.Html;

/// <summary>
/// What the two HTML dialects share: the block renderers, the walk over the document, the output as UTF-8
/// without a byte-order mark. A dialect supplies its text encoding, how styles are written, the document's head
/// and the renderers where it differs (the chart).
/// </summary>
public abstract class HtmlDocumentWriter : IDocumentWriter
{
    private readonly Dictionary<Type, IHtmlBlockRenderer> _renderers = new();

    protected HtmlDocumentWriter(HtmlWriterOptions? options)
    {
        Options = options ?? HtmlWriterOptions.Default;
        Register(new HeadingRenderer());
        Register(new ParagraphRenderer());
        Register(new ListRenderer());
        Register(new PageBreakRenderer());
        Register(new TableOfContentsRenderer());
        Register(new CheckboxLineRenderer());
        Register(new SignatureBlockRenderer());
        Register(new DetachLineRenderer());
        Register(new SectionRenderer());
        Register(new TableRenderer());
        Register(new TaggedBlocksRenderer());
    }

    public abstract string Format { get; }
    public abstract string Extension { get; }
    public HtmlWriterOptions Options { get; }

    public abstract HtmlTextEncoder Encoder { get; }

    /// <summary>True for the HTML5 preview: table sections, figure, data attributes, a style sheet.</summary>
    public abstract bool IsHtml5 { get; }

    /// <summary>True for Inline XBRL: the markup must be well-formed XML.</summary>
    public virtual bool IsXhtml => false;

    /// <summary>
    /// A web address printed in the text: the text alone by default, as EDGAR allows no link out of a filing (FF5202
    /// says the same of Markdown links); the preview, which is no filing, makes it a link.
    /// </summary>
    public virtual void WriteWebAddress(HtmlRenderer renderer, WebAddress address) => InlineRenderer.Write(renderer, address.Children);

    /// <summary>Text that states a fact: a dialect that does not tag facts writes the text alone.</summary>
    public virtual void WriteTaggedText(HtmlRenderer renderer, TaggedText tagged) => InlineRenderer.Write(renderer, tagged.Children);

    /// <summary>Blocks that are (a fragment of) a text block fact: a dialect that does not tag facts writes the blocks alone.</summary>
    public virtual void WriteTaggedBlocks(HtmlRenderer renderer, TaggedBlocks tagged) => renderer.Write(tagged.Blocks);

    /// <summary>Replaces (or adds) the renderer of one block kind.</summary>
    protected void Register(IHtmlBlockRenderer renderer) => _renderers[renderer.BlockType] = renderer;

    public void Write(FilingDocument document, Theme theme, Stream output, DiagnosticBag diagnostics)
    {
        var bytes = Encoding.UTF8.GetBytes(Render(document, theme, diagnostics));
        output.Write(bytes);
    }

    /// <summary>The whole document as text (what <see cref="Write"/> writes as UTF-8).</summary>
    public string Render(FilingDocument document, Theme theme, DiagnosticBag diagnostics)
    {
        var renderer = new HtmlRenderer(this, document, theme, diagnostics, _renderers);
        WriteDocumentStart(renderer);
        renderer.Write(document.Blocks);
        WriteDocumentEnd(renderer);
        return renderer.Output.ToString();
    }

    protected abstract void WriteDocumentStart(HtmlRenderer renderer);

    protected abstract void WriteDocumentEnd(HtmlRenderer renderer);

    /// <summary>Writes the attributes that give an element its look.</summary>
    public abstract void WriteStyle(HtmlRenderer renderer, IReadOnlyList<HtmlStyle> styles, IReadOnlyList<CssDeclaration> extra);
}
