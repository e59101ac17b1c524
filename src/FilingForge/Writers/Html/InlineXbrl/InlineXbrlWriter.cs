using System.Globalization;
using FilingForge.Document;
using FilingForge.Writers.Html.Edgar;
using FilingForge.Writers.Html.Renderers;
using FilingForge.Writers.Html.Styles;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>
/// The EDGAR document of a tagged filing, <c>&lt;document&gt;.htm</c> as Inline XBRL 1.1: the EDGAR dialect's look
/// (ASCII with character references, inline styles, the chart as its data table) written as XHTML, with the hidden
/// <c>ix:header</c> first in the body and every fact of the IR wrapped around exactly the text printed for it. The
/// writer knows the facts only through the IR's tags; <c>InlineXbrlChecker</c> verifies the result.
/// </summary>
public sealed class InlineXbrlWriter : EdgarDialectWriter
{
    public InlineXbrlWriter(HtmlWriterOptions? options = null)
        : base(options)
    {
    }

    public override bool IsXhtml => true;

    private sealed record State(FactContexts Contexts, ContinuationChain Chain);

    private static State StateOf(HtmlRenderer renderer) => (State)renderer.DialectState!;

    protected override void WriteDocumentStart(HtmlRenderer renderer)
    {
        var header = renderer.Document.InlineXbrl ?? throw new InvalidOperationException("an Inline XBRL document needs its header");
        var contexts = FactContexts.Of(renderer.Document);
        renderer.DialectState = new State(contexts, new ContinuationChain(renderer.Document));
        var output = renderer.Output;
        output.Raw("<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n");
        output.Open("html").Attribute("xmlns", InlineXbrlNamespaces.Xhtml);
        foreach (var (prefix, uri) in InlineXbrlNamespaces.Standard) output.Attribute("xmlns:" + prefix, uri);
        foreach (var taxonomy in header.Namespaces) output.Attribute("xmlns:" + taxonomy.Prefix, taxonomy.Uri);
        output.EndOpen().Line().Tag("head").Line();
        output.Open("meta").Attribute("http-equiv", "Content-Type").Attribute("content", "text/html; charset=US-ASCII").EndVoid().Line();
        output.Tag("title").Text(DocumentTitle.Of(renderer.Document)).Close("title").Line();
        output.Close("head").Line();
        output.Open("body");
        renderer.Style(renderer.Styles.Body);
        output.EndOpen().Line();
        InlineXbrlHeaderWriter.Write(output, header, contexts);
        EdgarHtmlWriter.WriteDraftBanner(output, renderer.Document.Properties.DraftStamp);
    }

    public override void WriteTaggedText(HtmlRenderer renderer, TaggedText tagged)
    {
        var element = OpenFact(renderer, tagged.Tag);
        InlineRenderer.Write(renderer, tagged.Children);
        renderer.Output.Close(element);
    }

    /// <summary>A text block's blocks inside its fact (or continuation), in a <c>div</c> so that the fact holds flow content.</summary>
    public override void WriteTaggedBlocks(HtmlRenderer renderer, TaggedBlocks tagged)
    {
        renderer.Output.Tag("div");
        var element = OpenFact(renderer, tagged.Tag);
        renderer.Output.Line();
        renderer.Write(tagged.Blocks);
        renderer.Output.Close(element).Close("div").Line();
    }

    /// <summary>Writes the start tag of the fact's element (or of its next continuation) and returns the element's name.</summary>
    private static string OpenFact(HtmlRenderer renderer, FactTag tag)
    {
        var output = renderer.Output;
        var state = StateOf(renderer);
        if (tag.Escape) return OpenTextBlock(output, tag, state);
        var element = tag.Numeric ? "ix:nonFraction" : "ix:nonNumeric";
        output.Open(element).Attribute("name", tag.Concept).Attribute("contextRef", state.Contexts.IdOf(tag.Context));
        if (tag.Numeric)
        {
            output.Attribute("unitRef", tag.Unit ?? "").Attribute("decimals", Number(tag.Decimals ?? 0)).Attribute("scale", Number(tag.Scale ?? 0));
            if (tag.Format is { } format) output.Attribute("format", format);
            if (tag.Negated) output.Attribute("sign", "-");
        }

        output.Attribute("id", ContinuationChain.FactId(tag)).EndOpen();
        return element;
    }

    private static string OpenTextBlock(HtmlOutput output, FactTag tag, State state)
    {
        var (index, id, continuedAt) = state.Chain.Next(tag);
        var element = index == 0 ? "ix:nonNumeric" : "ix:continuation";
        output.Open(element);
        if (index == 0) output.Attribute("name", tag.Concept).Attribute("contextRef", state.Contexts.IdOf(tag.Context)).Attribute("escape", "true");
        output.Attribute("id", id);
        if (continuedAt is not null) output.Attribute("continuedAt", continuedAt);
        output.EndOpen();
        return element;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
