namespace FilingForge.Watch;

/// <summary>
/// One thing the page marks as changed since the last good build. A text block is found by its whole text and the
/// <see cref="Words"/> inserted into it are marked (the whole block when it is new); a table cell is found by its table's
/// id, its row among the table's rows (header rows first) and its place among that row's cells, with its text to confirm.
/// </summary>
public sealed record Highlight(string Text, IReadOnlyList<string> Words, string? TableId = null, int Row = -1, int Cell = -1)
{
    public bool IsCell => TableId is not null;
}
