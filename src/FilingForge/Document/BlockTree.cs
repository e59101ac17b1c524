namespace FilingForge.Document;

/// <summary>
/// Every block of a document in reading order, nested ones included (sections, list items, a chart's data table,
/// the blocks of a tagged text block): the one walk over the block tree for whoever needs to find blocks (headings for
/// a contents, ids, anchors, sizes).
/// </summary>
public static class BlockTree
{
    public static IEnumerable<Block> Descendants(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            var children = block switch
            {
                Section s => s.Blocks,
                TaggedBlocks t => t.Blocks,
                ListBlock l => l.Items.SelectMany(item => item),
                Chart c => [c.DataTable],
                _ => [],
            };
            foreach (var child in Descendants(children)) yield return child;
        }
    }

    /// <summary>
    /// The blocks as they read without Inline XBRL tags: each <see cref="TaggedBlocks"/> replaced by its blocks, in
    /// place, at any depth of tagging. For a writer that looks at a sequence's neighbours (a list item's first
    /// paragraph, a document's cover), so that a tag changes nothing it writes. The list itself when nothing is tagged.
    /// </summary>
    public static IReadOnlyList<Block> Untagged(IReadOnlyList<Block> blocks)
    {
        if (!blocks.Any(b => b is TaggedBlocks)) return blocks;
        var untagged = new List<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            if (block is TaggedBlocks tagged) untagged.AddRange(Untagged(tagged.Blocks));
            else untagged.Add(block);
        }

        return untagged;
    }
}
