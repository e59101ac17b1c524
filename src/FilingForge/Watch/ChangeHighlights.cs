using FilingForge.Document;
using FilingForge.Review.Diff;

namespace FilingForge.Watch;

/// <summary>
/// What changed between two builds of a document, as the page highlights it. The comparison is the review's own
/// word- and cell-level <see cref="DocumentDiff"/> (the one behind <c>filingforge diff</c>); this only says where
/// each change sits in the new page. Deletions are not shown: the page is the new version.
/// </summary>
public static class ChangeHighlights
{
    public static IReadOnlyList<Highlight> Between(FilingDocument old, FilingDocument @new) =>
        DocumentDiff.Compare(old, @new).Blocks.Where(b => b.IsChange && b.New is not null).SelectMany(Of).ToArray();

    private static IEnumerable<Highlight> Of(BlockChange change)
    {
        if (change.New!.Table is { } table) return change.Table is { } cells ? Cells(table, cells) : [];
        var words = change.Kind == ChangeKind.Modified ? InsertedWords(change.Segments) : [];
        return [new Highlight(change.New.Text, words)];
    }

    private static IReadOnlyList<string> InsertedWords(IEnumerable<TextSegment> segments) =>
        segments.Where(s => s.Kind == SegmentKind.Inserted)
            .SelectMany(s => s.Tokens)
            .Where(t => !t.IsSpace && t.Text != DiffToken.LineBreak && t.Text.Length > 0)
            .Select(t => t.Text)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    private static IEnumerable<Highlight> Cells(Table table, TableChanges changes)
    {
        var rows = table.HeaderRows.Concat(table.BodyRows).ToArray();
        foreach (var row in changes.Rows.Where(r => r.Kind is ChangeKind.Modified or ChangeKind.Inserted))
            foreach (var cell in row.Cells.Where(c => c.State is CellState.Changed or CellState.Inserted && c.New is not null))
                if (Locate(rows, cell.New!) is { } at) yield return new Highlight(cell.NewText, [], table.Id, at.Row, at.Cell);
    }

    /// <summary>The row and cell index of a cell of the new table, as the HTML writer lays them out (one element per cell).</summary>
    private static (int Row, int Cell)? Locate(IReadOnlyList<TableRow> rows, TableCell cell)
    {
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Cells.Count; c++)
                if (ReferenceEquals(rows[r].Cells[c], cell)) return (r, c);
        return null;
    }
}
