namespace FilingForge.Document;

/// <summary>
/// The sides of a document laid out as a proxy card (<see cref="PageLayout.Card"/>): its top-level blocks split at its
/// top-level page breaks, which turn the card over. Every paged writer lays each side on a page of its own.
/// </summary>
public static class CardSides
{
    public static List<List<Block>> Of(IReadOnlyList<Block> blocks)
    {
        var sides = new List<List<Block>> { new() };
        foreach (var block in BlockTree.Untagged(blocks))
        {
            if (block is PageBreak) sides.Add([]);
            else sides[^1].Add(block);
        }

        return sides;
    }
}
