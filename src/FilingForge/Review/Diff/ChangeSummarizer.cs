namespace FilingForge.Review.Diff;

/// <summary>Counts and lists the changes of a compared document for its summary: one line per change.</summary>
public static class ChangeSummarizer
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
            foreach (var line in Describe(change))
            {
                counter.Count(line.Kind);
                changes.Add(line.Text);
                if (line.IsFigure) figures.Add(line.Text);
            }
        }

        return new ChangeSummary(counts.Select(c => c.ToCount()).Where(c => c.Total > 0).ToArray(), figures, changes);
    }

    /// <summary>The summary lines of one changed block: one for a paragraph, one per changed cell or row of a table.</summary>
    public static IEnumerable<string> Lines(BlockChange change) => Describe(change).Select(l => l.Text);

    private static IEnumerable<Line> Describe(BlockChange change)
    {
        if (change.Table is { } table && change.Kind == ChangeKind.Modified) return TableLines(table);
        var where = change.Section;
        var what = Describe(change.Block);
        return change.Kind switch
        {
            ChangeKind.Inserted => [new Line(ChangeKind.Inserted, $"{where}: inserted {what}")],
            ChangeKind.Deleted => [new Line(ChangeKind.Deleted, $"{where}: deleted {what}")],
            ChangeKind.Modified => [new Line(ChangeKind.Modified, $"{where}: changed {what}")],
            ChangeKind.MovedTo => [new Line(ChangeKind.MovedTo, $"{where}: moved here from {change.Old!.Section}: {what}")],
            ChangeKind.MovedFrom => [new Line(ChangeKind.MovedFrom, $"{where}: moved away: {what}")],
            _ => [],
        };
    }

    private static IEnumerable<Line> TableLines(TableChanges table)
    {
        foreach (var column in table.InsertedColumns) yield return new Line(ChangeKind.Inserted, $"{table.Title}: inserted column {column}");
        foreach (var column in table.DeletedColumns) yield return new Line(ChangeKind.Deleted, $"{table.Title}: deleted column {column}");
        foreach (var row in table.Rows)
        {
            if (row.Kind == ChangeKind.Inserted) yield return new Line(ChangeKind.Inserted, $"{table.Title}: inserted row {RowName(row)}");
            if (row.Kind == ChangeKind.Deleted) yield return new Line(ChangeKind.Deleted, $"{table.Title}: deleted row {RowName(row)}");
            if (row.Kind != ChangeKind.Modified) continue;
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                if (cell.State is not (CellState.Changed or CellState.Inserted or CellState.Deleted)) continue;
                var rowName = row.Label.Length > 0 && row.Label != "header" ? row.Label + ", " : "";
                var isFigure = c < table.Columns.Count && table.Columns[c].Kind != Document.ColumnKind.Text && row.Label != "header";
                yield return cell.OldText == cell.NewText
                    ? new Line(ChangeKind.Modified, $"{table.Title} — {rowName}{cell.ColumnLabel}: footnote markers {Markers(cell.OldMarkers)} → {Markers(cell.NewMarkers)}")
                    : new Line(ChangeKind.Modified, $"{table.Title} — {rowName}{cell.ColumnLabel}: {Shown(cell.OldText)} → {Shown(cell.NewText)}", isFigure);
            }
        }

        foreach (var note in table.Footnotes.Where(n => n.IsChange))
            yield return new Line(ChangeKind.Modified, $"{table.Title}: {note.Kind.ToString().ToLowerInvariant()} note {note.Block.Prefix}");
    }

    private static string RowName(RowChange row) => row.Label.Length > 0 ? row.Label : "(untitled)";

    private static string Shown(string text) => text.Length == 0 ? "(blank)" : text;

    /// <summary>A value that changed only its footnote markers is named by them: "(3) → (3)(4)".</summary>
    private static string Markers(IReadOnlyList<string> markers) => markers.Count == 0 ? "(none)" : string.Concat(markers.Select(m => $"({m})"));

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

    private sealed record Line(ChangeKind Kind, string Text, bool IsFigure = false);

    private sealed class Counter(string section)
    {
        private int _inserted, _deleted, _modified, _moved;

        public string Section { get; } = section;

        public void Count(ChangeKind kind)
        {
            switch (kind)
            {
                case ChangeKind.Inserted: _inserted++; break;
                case ChangeKind.Deleted: _deleted++; break;
                case ChangeKind.MovedTo: _moved++; break;
                case ChangeKind.Modified: _modified++; break;
            }
        }

        public SectionCount ToCount() => new(Section, _inserted, _deleted, _modified, _moved);
    }
}
