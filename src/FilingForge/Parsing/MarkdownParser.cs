using FilingForge.Diagnostics;
using FilingForge.Document;

namespace FilingForge.Parsing;

/// <summary>
/// The Parse stage: FilingForge Markdown (docs/filingforge-markdown.md) → <see cref="FilingDocument"/>.
/// It never throws on bad input: everything outside the dialect is reported to <paramref name="diagnostics"/>
/// (FF52xx, located in <c>&lt;documentName&gt;.md</c> or, through <see cref="SourceMap"/>, in the template) and set as text.
/// </summary>
public static class MarkdownParser
{
    public static FilingDocument Parse(
        string markdown,
        string documentName,
        DocumentProperties properties,
        DiagnosticBag diagnostics,
        SourceMap? sourceMap = null,
        IReadOnlyDictionary<string, FactTag>? facts = null,
        InlineXbrlHeader? inlineXbrl = null) =>
        new FilingDocument(documentName, properties, Blocks(new ParseContext(markdown, documentName, diagnostics, sourceMap, facts ?? NoFacts)), inlineXbrl);

    /// <summary>
    /// FilingForge Markdown read back for review (a saved <c>.md</c> of an earlier build): fact markers carry no facts
    /// there, so their text is kept and the markers passed over.
    /// </summary>
    public static FilingDocument ParseForReview(string markdown, string documentName, DocumentProperties properties, DiagnosticBag diagnostics) =>
        new(documentName, properties, Blocks(new ParseContext(markdown, documentName, diagnostics, null, facts: null)));

    private static readonly IReadOnlyDictionary<string, FactTag> NoFacts = new Dictionary<string, FactTag>();

    private static IReadOnlyList<Block> Blocks(ParseContext context)
    {
        var syntax = MarkdigParse.Document(context, context.Markdown, line: 0);
        var blocks = syntax is null
            ? new Block[] { new Paragraph([new TextRun(context.Markdown)], TextAlignment.Left) }
            : TableOfContentsFiller.Fill(new BlockConverter(context).ConvertAll(syntax));
        ReportLinksToNothing(context);
        return blocks;
    }

    private static void ReportLinksToNothing(ParseContext context)
    {
        foreach (var (target, line) in context.Links)
        {
            if (!context.Ids.Contains(target)) context.Report(ParseDiagnostics.UnknownLinkTarget, line, target);
        }
    }
}
