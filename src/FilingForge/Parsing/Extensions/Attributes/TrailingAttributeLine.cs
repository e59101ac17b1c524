using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace FilingForge.Parsing.Extensions.Attributes;

/// <summary>
/// A paragraph's last line <c>{.center .note}</c> sets the paragraph's classes. Markdig's generic attributes
/// would attach such a line to the line break before it, so the line is taken off when the paragraph closes,
/// before its inlines are read.
/// </summary>
internal static class TrailingAttributeLine
{
    public static void Attach(MarkdownPipelineBuilder builder)
    {
        var paragraphs = builder.BlockParsers.Find<ParagraphBlockParser>();
        if (paragraphs is not null) paragraphs.Closed += OnParagraphClosed;
    }

    private static void OnParagraphClosed(BlockProcessor processor, Block block)
    {
        if (block is not ParagraphBlock { Lines.Count: >= 2 } paragraph) return;
        var lastIndex = paragraph.Lines.Count - 1;
        var slice = paragraph.Lines.Lines[lastIndex].Slice;
        slice.Trim();
        if (slice.CurrentChar != '{' || !GenericAttributesParser.TryParse(ref slice, out var attributes) || !slice.IsEmptyOrWhitespace()) return;

        paragraph.Lines.RemoveAt(lastIndex);
        var target = paragraph.GetAttributes();
        if (attributes.Id is not null) target.Id = attributes.Id;
        foreach (var cls in attributes.Classes ?? []) target.AddClass(cls);
    }
}
