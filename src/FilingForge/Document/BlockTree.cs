namespace FilingForge.Document;

/// <summary>
/// Every block of a document in reading order, nested ones included (sections, list items, a chart's data table): the
/// one walk over the block tree for whoever needs to find blocks (headings for a contents, ids, anchors, sizes).
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
                ListBlock l => l.Items.SelectMany(item => item),
                Chart c => [c.DataTable],
                _ => [],
            };
            foreach (var child in Descendants(children)) yield return child;
        }
    }
}
