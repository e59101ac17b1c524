using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace FilingForge.Parsing.Extensions.Attributes;

/// <summary>
/// Reads a heading's trailing <c>{#id .class}</c>. Replaces Markdig's reader, which takes the first <c>{</c> of the
/// line even when it is escaped, so that escaped data such as <c>Plan \{#2\}</c> would lose its text.
/// </summary>
internal sealed class HeadingAttributes : IMarkdownExtension
{
    /// <summary>Runs at build time after the generic attributes extension, which would otherwise set its own reader.</summary>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var headings = pipeline.BlockParsers.Find<HeadingBlockParser>();
        if (headings is not null) headings.TryParseAttributes = TryParse;
    }

    public void Setup(MarkdownPipeline pipeline, Markdig.Renderers.IMarkdownRenderer renderer)
    {
    }

    private static bool TryParse(BlockProcessor processor, ref StringSlice line, IBlock block)
    {
        var open = LastUnescapedBrace(line);
        if (open < 0) return false;
        var attributesSlice = line;
        attributesSlice.Start = open;
        if (!GenericAttributesParser.TryParse(ref attributesSlice, out var attributes) || !attributesSlice.IsEmptyOrWhitespace()) return false;

        var target = block.GetAttributes();
        if (attributes.Id is not null) target.Id = attributes.Id;
        foreach (var cls in attributes.Classes ?? []) target.AddClass(cls);
        line.End = open - 1;
        line.TrimEnd();
        return true;
    }

    private static int LastUnescapedBrace(StringSlice line)
    {
        for (var i = line.End; i >= line.Start; i--)
        {
            if (line.Text[i] != '{') continue;
            var backslashes = 0;
            for (var j = i - 1; j >= line.Start && line.Text[j] == '\\'; j--) backslashes++;
            return backslashes % 2 == 0 ? i : -1;
        }

        return -1;
    }
}
