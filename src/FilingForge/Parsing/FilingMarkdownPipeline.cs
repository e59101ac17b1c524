using FilingForge.Parsing.Extensions.Directives;
using FilingForge.Parsing.Extensions.Facts;
using FilingForge.Parsing.Extensions.FillInBlanks;
using FilingForge.Parsing.Extensions.FootnoteReferences;
using FilingForge.Parsing.Extensions.Attributes;
using FilingForge.Parsing.Extensions.Lists;
using FilingForge.Parsing.Extensions.WebAddresses;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Parsers;

namespace FilingForge.Parsing;

/// <summary>
/// The Markdig pipeline of FilingForge Markdown: CommonMark, generic attributes (<c>{#id}</c>, <c>{.center}</c>),
/// <c>++underline++</c>, <c>::: section</c> containers, web addresses in text (<c>www.sec.gov</c>) and FilingForge's
/// own directives and inlines.
/// Raw HTML is still recognised by Markdig, on purpose: the converter reports it and sets it as text, which a
/// pipeline with HTML disabled could not tell apart from ordinary text. No pipe tables.
/// </summary>
internal static class FilingMarkdownPipeline
{
    /// <summary>A built pipeline is immutable and safe to share between parses.</summary>
    public static MarkdownPipeline Instance { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseEmphasisExtras(EmphasisExtraOptions.Inserted);

        // Only the block form of custom containers: the inline form (::text::) would make colons in prose special.
        builder.BlockParsers.AddIfNotAlready<CustomContainerParser>();
        builder.BlockParsers.Insert(0, new DirectiveBlockParser());
        // Lettered lists, a) … z), printed (a) … (z); 1) lists are CommonMark's and print (1).
        builder.BlockParsers.Find<ListBlockParser>()!.ItemParsers.AddIfNotAlready<LetteredListItemParser>();
        builder.InlineParsers.Insert(0, new FillInBlankInlineParser());
        builder.InlineParsers.Insert(0, new FactMarkerInlineParser());
        builder.InlineParsers.Insert(0, new FootnoteReferenceInlineParser());
        // Web addresses printed as text; InlineConverter keeps only http(s) ones (see WebAddressParser).
        builder.InlineParsers.Insert(0, WebAddressParser.Create());
        TrailingAttributeLine.Attach(builder);

        // Last, as Markdig asks, so that it plugs into every block parser that reads attributes; headings then get our reader.
        builder.UseGenericAttributes();
        builder.Extensions.Add(new HeadingAttributes());
        return builder.Build();
    }
}
