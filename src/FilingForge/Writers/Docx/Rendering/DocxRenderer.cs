using DocumentFormat.OpenXml;
using FilingForge.Document;
using FilingForge.Writers.Docx.Rendering.Blocks;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Rendering;

/// <summary>
/// Writes the body of the document: dispatches each block to its renderer and appends what it makes, applying what is
/// pending (a page break) and what the context says (a list item's indent). Package parts are not its business.
/// </summary>
internal sealed class DocxRenderer
{
    private readonly Dictionary<Type, IDocxBlockRenderer> _renderers = new();

    public DocxRenderer(DocxState state, DocxLook look)
    {
        State = state;
        Look = look;
        Inlines = new InlineWriter(state);
        Register(new HeadingRenderer());
        Register(new ParagraphRenderer());
        Register(new ListRenderer());
        Register(new PageBreakRenderer());
        Register(new TableOfContentsRenderer());
        Register(new CheckboxLineRenderer());
        Register(new SignatureBlockRenderer());
        Register(new DetachLineRenderer());
        Register(new SectionRenderer());
        Register(new TaggedBlocksRenderer());
        Register(new TableRenderer());
        Register(new ChartRenderer());
    }

    public DocxState State { get; }
    public DocxLook Look { get; }
    public InlineWriter Inlines { get; }

    /// <summary>The block kinds this writer renders, for the test that checks none of the IR is missing.</summary>
    public IEnumerable<Type> RenderedBlockTypes => _renderers.Keys;

    private void Register(IDocxBlockRenderer renderer) => _renderers.Add(renderer.BlockType, renderer);

    public void WriteBlocks(IReadOnlyList<Block> blocks, DocxContext context, OpenXmlElement target)
    {
        foreach (var block in blocks) WriteBlock(block, context, target);
    }

    public void WriteBlock(Block block, DocxContext context, OpenXmlElement target)
    {
        if (_renderers.TryGetValue(block.GetType(), out var renderer))
            renderer.Write(this, block, context, target);
        else
            State.Report(DocxDiagnostics.BlockNotRendered, block.GetType().Name, State.DocumentName);
    }

    /// <summary>
    /// Appends a paragraph or table. A pending page break goes on the next body paragraph as "page break before";
    /// a table cannot carry one, so it gets a hairline paragraph holding the break. A table right after a table gets an
    /// empty paragraph between them, so each stays a table of its own.
    /// </summary>
    public void Append(OpenXmlElement element, DocxContext context, OpenXmlElement target)
    {
        if (element is W.Paragraph paragraph) ApplyListIndent(paragraph, context);
        if (element is W.Table table && context.LeftIndentTwips > 0)
            table.GetFirstChild<W.TableProperties>()!.TableIndentation = new W.TableIndentation { Width = context.LeftIndentTwips, Type = W.TableWidthUnitValues.Dxa };

        if (!context.InTableCell)
        {
            if (State.PageBreakPending)
            {
                var lead = element as W.Paragraph ?? (element as W.SdtBlock)?.Descendants<W.Paragraph>().FirstOrDefault();
                if (lead is not null) DocxParagraphs.Properties(lead).PageBreakBefore = new W.PageBreakBefore();
                else target.AppendChild(DocxParagraphs.PageBreakCarrier());
                State.PageBreakPending = false;
            }

            State.BodyHasContent = true;
        }

        // Word joins two tables with nothing between them into one (a card's voting panel and its control-number box).
        if (element is W.Table && target.LastChild is W.Table) target.AppendChild(new W.Paragraph());
        target.AppendChild(element);
    }

    private static void ApplyListIndent(W.Paragraph paragraph, DocxContext context)
    {
        if (context.LeftIndentTwips <= 0) return;
        var properties = DocxParagraphs.Properties(paragraph);
        if (properties.NumberingProperties is not null || properties.Indentation is not null) return;
        properties.Indentation = new W.Indentation { Left = DocxUnits.Text(context.LeftIndentTwips) };
    }
}
