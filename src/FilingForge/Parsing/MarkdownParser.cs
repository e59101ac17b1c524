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
        SourceMap? sourceMap = null)
    {
        var context = new ParseContext(markdown, documentName, diagnostics, sourceMap);
        var syntax = MarkdigParse.Document(context, markdown, line: 0);
        var blocks = syntax is null
            ? new Block[] { new Paragraph([new TextRun(markdown)], TextAlignment.Left) }
            : TableOfContentsFiller.Fill(new BlockConverter(context).ConvertAll(syntax));
        ReportLinksToNothing(context);
        return new FilingDocument(documentName, properties, blocks);
    }

    private static void ReportLinksToNothing(ParseContext context)
    {
        foreach (var (target, line) in context.Links)
        {
            if (!context.Ids.Contains(target)) context.Report(ParseDiagnostics.UnknownLinkTarget, line, target);
        }
    }
}
