using FilingForge.Document;

namespace FilingForge.Writers.Xbrl;

/// <summary>
/// Every fact tag of a document in reading order: the hidden facts of its header, then the tags on blocks and on
/// printed text wherever they sit (sections, lists, table cells and footnotes, inside emphasis or links, inside a
/// tagged block). The taxonomy needs them for the axes and members the facts actually use.
/// </summary>
internal static class DocumentFacts
{
    public static IEnumerable<FactTag> Tags(FilingDocument document)
    {
        var hidden = document.InlineXbrl?.Hidden.Select(fact => fact.Tag) ?? [];
        return hidden.Concat(BlockTags(document.Blocks));
    }

    // BlockTree does not enter a tagged block (its blocks belong to the fact), so the walk recurses into them here.
    private static IEnumerable<FactTag> BlockTags(IEnumerable<Block> blocks)
    {
        foreach (var block in BlockTree.Descendants(blocks))
        {
            if (block is TaggedBlocks tagged)
            {
                yield return tagged.Tag;
                foreach (var tag in BlockTags(tagged.Blocks)) yield return tag;
                continue;
            }

            foreach (var tag in InlinesOf(block).SelectMany(InlineTags)) yield return tag;
        }
    }

    private static IEnumerable<Inline> InlinesOf(Block block) => block switch
    {
        Heading h => h.Inlines,
        Paragraph p => p.Inlines,
        CheckboxLine c => c.Boxes.SelectMany(box => box.Label),
        Table t => TableInlines(t),
        _ => [],
    };

    private static IEnumerable<Inline> TableInlines(Table table) =>
        table.Caption
            .Concat(table.HeaderRows.Concat(table.BodyRows).SelectMany(row => row.Cells).SelectMany(cell => cell.Inlines))
            .Concat(table.Footnotes.SelectMany(footnote => footnote.Inlines));

    private static IEnumerable<FactTag> InlineTags(Inline inline)
    {
        if (inline is TaggedText tagged) yield return tagged.Tag;
        var children = inline switch
        {
            TaggedText t => t.Children,
            Strong s => s.Children,
            Emphasis e => e.Children,
            Underline u => u.Children,
            InternalLink l => l.Children,
            _ => [],
        };
        foreach (var tag in children.SelectMany(InlineTags)) yield return tag;
    }
}
