namespace FilingForge.Review.Diff;

/// <summary>Counts and lists the changes of a compared document for its summary.</summary>
internal static class ChangeSummarizer
{
    private const int QuotedWords = 12;

    public static ChangeSummary Summarize(IReadOnlyList<BlockChange> blocks)
    {
        var counts = new List<Counter>();
        var figures = new List<string>();
        var changes = new List<string>();
        foreach (var change in blocks.Where(b => b.IsChange))
        {
            var counter = counts.Find(c => c.Section == change.Section);
            if (counter is null) counts.Add(counter = new Counter(change.Section));
            if (change.Table is { } table && change.Kind == ChangeKind.Modified) CountTable(table, counter, figures, changes);
            else CountBlock(change, counter, changes);
        }

        return new ChangeSummary(counts.Select(c => c.ToCount()).ToArray(), figures, changes);
    }

    private static void CountBlock(BlockChange change, Counter counter, List<string> changes)
    {
        var where = change.Section;
        var what = Describe(change.Block);
        switch (change.Kind)
        {
            case ChangeKind.Inserted: counter.Inserted++; changes.Add($"{where}: inserted {what}"); break;
            case ChangeKind.Deleted: counter.Deleted++; changes.Add($"{where}: deleted {what}"); break;
            case ChangeKind.Modified: counter.Modified++; changes.Add($"{where}: changed {what}"); break;
            case ChangeKind.MovedTo: counter.Moved++; changes.Add($"{where}: moved here from {change.Old!.Section}: {what}"); break;
        }
    }

    private static void CountTable(TableChanges table, Counter counter, List<string> figures, List<string> changes)
    {
        foreach (var column in table.InsertedColumns) { counter.Inserted++; changes.Add($"{table.Title}: inserted column {column}"); }
        foreach (var column in table.DeletedColumns) { counter.Deleted++; changes.Add($"{table.Title}: deleted column {column}"); }
        foreach (var row in table.Rows)
        {
            switch (row.Kind)
            {
                case ChangeKind.Inserted: counter.Inserted++; changes.Add($"{table.Title}: inserted row {RowName(row)}"); break;
                case ChangeKind.Deleted: counter.Deleted++; changes.Add($"{table.Title}: deleted row {RowName(row)}"); break;
                case ChangeKind.Modified:
                    foreach (var cell in row.Cells.Where(c => c.State is CellState.Changed or CellState.Inserted or CellState.Deleted))
                    {
                        counter.Modified++;
                        var line = $"{table.Title} — {(row.Label.Length > 0 ? row.Label + ", " : "")}{cell.ColumnLabel}: {Shown(cell.OldText)} → {Shown(cell.NewText)}";
                        figures.Add(line);
                        changes.Add(line);
                    }

                    break;
            }
        }

        foreach (var note in table.Footnotes.Where(n => n.IsChange))
        {
            counter.Modified++;
            changes.Add($"{table.Title}: {note.Kind.ToString().ToLowerInvariant()} note {note.Block.Prefix}");
        }
    }

    private static string RowName(RowChange row) => row.Label.Length > 0 ? row.Label : "(untitled)";

    private static string Shown(string text) => text.Length == 0 ? "(blank)" : text;

    private static string Describe(FlatBlock block) => block.Kind switch
    {
        FlatKind.Table => $"table {block.Title}",
        FlatKind.Heading => $"heading \"{block.Text}\"",
        FlatKind.PageBreak => "page break",
        FlatKind.ListItem => $"list item \"{Quote(block.Text)}\"",
        FlatKind.TocEntry => $"contents entry \"{block.Text}\"",
        _ => $"paragraph \"{Quote(block.Text)}\"",
    };

    private static string Quote(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= QuotedWords ? text : string.Join(' ', words.Take(QuotedWords)) + " …";
    }

    private sealed class Counter(string section)
    {
        public string Section { get; } = section;
        public int Inserted { get; set; }
        public int Deleted { get; set; }
        public int Modified { get; set; }
        public int Moved { get; set; }

        public SectionCount ToCount() => new(Section, Inserted, Deleted, Modified, Moved);
    }
}
