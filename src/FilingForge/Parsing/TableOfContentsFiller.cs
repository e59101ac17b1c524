using FilingForge.Document;

namespace FilingForge.Parsing;

/// <summary>
/// Fills every <see cref="TableOfContents"/> with the document's headings up to its level, and those below it marked
/// <see cref="Heading.InContents"/> (listed at the contents' deepest level), in document order.
/// It runs after the whole document is converted, so a contents list near the top sees headings below it.
/// </summary>
internal static class TableOfContentsFiller
{
    public static IReadOnlyList<Block> Fill(IReadOnlyList<Block> blocks)
    {
        var descendants = BlockTree.Descendants(blocks).ToList();
        return descendants.Any(b => b is TableOfContents) ? Rewrite(blocks, descendants.OfType<Heading>().ToList()) : blocks;
    }

    private static IReadOnlyList<Block> Rewrite(IReadOnlyList<Block> blocks, List<Heading> headings) =>
        blocks.Select(block => block switch
        {
            TableOfContents toc => toc with { Entries = Entries(toc.MaxLevel, headings) },
            Section section => section with { Blocks = Rewrite(section.Blocks, headings) },
            TaggedBlocks tagged => tagged with { Blocks = Rewrite(tagged.Blocks, headings) },
            ListBlock list => list with { Items = list.Items.Select(item => Rewrite(item, headings)).ToArray() },
            _ => block,
        }).ToArray();

    private static TocEntry[] Entries(int maxLevel, List<Heading> headings) =>
        headings.Where(h => h.Level <= maxLevel || h.InContents)
            .Select(h => new TocEntry(Math.Min(h.Level, maxLevel), PlainText.Of(h.Inlines), h.Id)).ToArray();
}
