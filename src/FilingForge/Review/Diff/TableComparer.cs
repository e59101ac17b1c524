using FilingForge.Document;

namespace FilingForge.Review.Diff;

/// <summary>
/// Compares two versions of a table cell by cell. A row's key is the text of its first cell (a cell covered by a
/// row span takes its origin's text), joined with the next cell's text where the first repeats: "Karen Clark" +
/// "2002". Columns are matched by key and labelled by the header cell right above them.
/// </summary>
public static class TableComparer
{
    public static TableChanges Compare(Table old, Table @new, string title)
    {
        var oldColumns = old.Columns.Select(c => c.Key).ToList();
        var columnMap = @new.Columns.Select(c => oldColumns.IndexOf(c.Key)).ToArray();
        var newLabels = ColumnLabels(@new);
        var oldLabels = ColumnLabels(old);
        var header = CompareRows(Rows.Of(old, header: true), Rows.Of(@new, header: true), columnMap, newLabels, oldLabels);
        var body = CompareRows(Rows.Of(old, header: false), Rows.Of(@new, header: false), columnMap, newLabels, oldLabels);
        var newKeys = @new.Columns.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        return new TableChanges(
            title,
            @new.Columns,
            newLabels,
            header,
            body,
            @new.Columns.Where(c => !oldColumns.Contains(c.Key)).Select(c => Label(@new, newLabels, c.Key)).ToArray(),
            old.Columns.Where(c => !newKeys.Contains(c.Key)).Select(c => Label(old, oldLabels, c.Key)).ToArray(),
            CompareFootnotes(old, @new));
    }

    /// <summary>A table present in only one version: every row inserted or deleted.</summary>
    public static TableChanges Whole(Table table, string title, bool inserted)
    {
        var labels = ColumnLabels(table);
        var identity = Enumerable.Range(0, table.Columns.Count).ToArray();
        var empty = new Rows(TableGrid.Of([], table.Columns.Count), [], []);
        var header = inserted ? CompareRows(empty, Rows.Of(table, true), identity, labels, labels) : CompareRows(Rows.Of(table, true), empty, identity, labels, labels);
        var body = inserted ? CompareRows(empty, Rows.Of(table, false), identity, labels, labels) : CompareRows(Rows.Of(table, false), empty, identity, labels, labels);
        var notes = table.Footnotes.Select(n => Note(n, inserted)).ToArray();
        return new TableChanges(title, table.Columns, labels, header, body, [], [], notes);
    }

    private static string Label(Table table, IReadOnlyList<string> labels, string key)
    {
        var index = table.Columns.ToList().FindIndex(c => c.Key == key);
        return index < 0 ? key : labels[index];
    }

    /// <summary>The header text right above each column: "Salary ($)" rather than "Annual Compensation".</summary>
    private static IReadOnlyList<string> ColumnLabels(Table table)
    {
        var grid = TableGrid.Of(table.HeaderRows, table.Columns.Count);
        var labels = new string[table.Columns.Count];
        for (var c = 0; c < labels.Length; c++)
        {
            labels[c] = table.Columns[c].Key;
            for (var r = grid.RowCount - 1; r >= 0; r--)
            {
                if (grid[r, c] is not { } slot) continue;
                // Named as a reader names the column: "Salary ($)", not "Salary ($)2" with its footnote marker.
                var text = TableText.Value(slot.Cell).Trim();
                if (text.Length == 0 || slot.Cell.ColSpan > 1) continue;
                labels[c] = text;
                break;
            }
        }

        return labels;
    }

    private static IReadOnlyList<RowChange> CompareRows(Rows old, Rows @new, int[] columnMap, IReadOnlyList<string> newLabels, IReadOnlyList<string> oldLabels)
    {
        var matches = SequenceAligner.Match(old.Keys, @new.Keys, StringComparer.Ordinal).ToList();
        var matchedOld = matches.Select(m => m.Old).ToHashSet();
        var matchedNew = matches.Select(m => m.New).ToHashSet();
        // A row that moved keeps its key: match it too, shown at its new place.
        var unmatchedOld = Enumerable.Range(0, old.Keys.Count).Where(i => !matchedOld.Contains(i)).ToList();
        foreach (var j in Enumerable.Range(0, @new.Keys.Count).Where(j => !matchedNew.Contains(j)))
        {
            var i = unmatchedOld.FindIndex(i => old.Keys[i] == @new.Keys[j]);
            if (i < 0) continue;
            matches.Add((unmatchedOld[i], j));
            unmatchedOld.RemoveAt(i);
        }

        PairRenamedRows(old, @new, matches);
        var oldOf = matches.ToDictionary(m => m.New, m => m.Old);
        var placedOld = new HashSet<int>(matches.Select(m => m.Old));
        var result = new List<RowChange>();
        var nextOld = 0;
        for (var j = 0; j < @new.Keys.Count; j++)
        {
            if (oldOf.TryGetValue(j, out var i))
            {
                // Deleted rows that stood before this row's old place come first.
                for (; nextOld < i; nextOld++)
                    if (!placedOld.Contains(nextOld)) result.Add(DeletedRow(old, nextOld, oldLabels));
                nextOld = Math.Max(nextOld, i + 1);
                result.Add(MatchedRow(old, i, @new, j, columnMap, newLabels));
            }
            else result.Add(InsertedRow(@new, j, newLabels));
        }

        for (; nextOld < old.Keys.Count; nextOld++)
            if (!placedOld.Contains(nextOld)) result.Add(DeletedRow(old, nextOld, oldLabels));
        return result;
    }

    /// <summary>
    /// A row whose first cell was reworded ("as a group (11 persons)" → "(12 persons)") lost its key; between the same
    /// matched neighbours, an unmatched old and new row whose keys share most words are the same row, changed.
    /// </summary>
    private static void PairRenamedRows(Rows old, Rows @new, List<(int Old, int New)> matches)
    {
        var matchedOld = matches.Select(m => m.Old).ToHashSet();
        var matchedNew = matches.Select(m => m.New).ToHashSet();
        foreach (var j in Enumerable.Range(0, @new.Keys.Count).Where(j => !matchedNew.Contains(j)).ToArray())
        {
            var newWords = InlineTokenizer.Tokenize(@new.Keys[j]);
            var candidate = Enumerable.Range(0, old.Keys.Count)
                .Where(i => !matchedOld.Contains(i) && old.RowKinds[i] == @new.RowKinds[j])
                .Select(i => (i, Similarity: WordDiff.Similarity(InlineTokenizer.Tokenize(old.Keys[i]), newWords)))
                .Where(c => c.Similarity >= 0.5)
                .OrderByDescending(c => c.Similarity).ThenBy(c => Math.Abs(c.i - j))
                .Select(c => (int?)c.i).FirstOrDefault();
            if (candidate is not { } i) continue;
            matches.Add((i, j));
            matchedOld.Add(i);
        }
    }

    private static RowChange MatchedRow(Rows old, int i, Rows @new, int j, int[] columnMap, IReadOnlyList<string> labels)
    {
        var cells = new CellChange[columnMap.Length];
        for (var c = 0; c < cells.Length; c++)
        {
            var slot = @new.Grid[j, c];
            var oldSlot = columnMap[c] >= 0 ? old.Grid[i, columnMap[c]] : null;
            cells[c] = MatchedCell(slot, oldSlot, labels[c]);
        }

        var kind = cells.Any(c => c.State is CellState.Changed or CellState.Inserted or CellState.Deleted) ? ChangeKind.Modified : ChangeKind.Same;
        return new RowChange(kind, @new.Keys[j], @new.Labels[j], @new.RowKinds[j], cells);
    }

    private static CellChange MatchedCell(TableGrid.Slot? slot, TableGrid.Slot? oldSlot, string label)
    {
        if (slot is { IsOrigin: false })
            return new CellChange(slot.CoveredFromAbove ? CellState.CoveredFromAbove : CellState.CoveredFromLeft, label, oldSlot?.Cell, slot.Cell, []);
        var newTokens = slot is null ? [] : InlineTokenizer.Tokenize(slot.Cell.Inlines);
        var oldTokens = oldSlot is null ? [] : InlineTokenizer.Tokenize(oldSlot.Cell.Inlines);
        var segments = WordDiff.Compare(oldTokens, newTokens);
        var state = !WordDiff.HasChanges(segments) ? CellState.Same
            : oldTokens.Count == 0 ? CellState.Inserted
            : newTokens.Count == 0 ? CellState.Deleted
            : CellState.Changed;
        return new CellChange(state, label, oldSlot?.Cell, slot?.Cell, segments);
    }

    private static RowChange InsertedRow(Rows rows, int j, IReadOnlyList<string> labels) =>
        new(ChangeKind.Inserted, rows.Keys[j], rows.Labels[j], rows.RowKinds[j], WholeCells(rows, j, labels, SegmentKind.Inserted));

    private static RowChange DeletedRow(Rows rows, int i, IReadOnlyList<string> labels) =>
        new(ChangeKind.Deleted, rows.Keys[i], rows.Labels[i], rows.RowKinds[i], WholeCells(rows, i, labels, SegmentKind.Deleted));

    private static CellChange[] WholeCells(Rows rows, int r, IReadOnlyList<string> labels, SegmentKind kind)
    {
        var cells = new CellChange[rows.Grid.ColumnCount];
        for (var c = 0; c < cells.Length; c++)
        {
            var slot = rows.Grid[r, c];
            var inserted = kind == SegmentKind.Inserted;
            if (slot is { IsOrigin: false })
            {
                var covered = slot.CoveredFromAbove ? CellState.CoveredFromAbove : CellState.CoveredFromLeft;
                cells[c] = new CellChange(covered, labels[c], inserted ? null : slot.Cell, inserted ? slot.Cell : null, []);
                continue;
            }

            var tokens = slot is null ? [] : InlineTokenizer.Tokenize(slot.Cell.Inlines);
            TextSegment[] segments = tokens.Count == 0 ? [] : [new TextSegment(kind, tokens)];
            cells[c] = new CellChange(inserted ? CellState.Inserted : CellState.Deleted, labels[c],
                inserted ? null : slot?.Cell, inserted ? slot?.Cell : null, segments);
        }

        return cells;
    }

    private static IReadOnlyList<BlockChange> CompareFootnotes(Table old, Table @new)
    {
        var oldNotes = old.Footnotes.ToDictionary(n => n.Marker, StringComparer.Ordinal);
        var result = new List<BlockChange>();
        foreach (var note in @new.Footnotes)
        {
            if (!oldNotes.Remove(note.Marker, out var before)) { result.Add(Note(note, inserted: true)); continue; }
            var segments = WordDiff.Compare(InlineTokenizer.Tokenize(before.Inlines), InlineTokenizer.Tokenize(note.Inlines));
            var kind = WordDiff.HasChanges(segments) ? ChangeKind.Modified : ChangeKind.Same;
            result.Add(new BlockChange(kind, NoteBlock(before), NoteBlock(note), segments, null));
        }

        result.AddRange(old.Footnotes.Where(n => oldNotes.ContainsKey(n.Marker)).Select(n => Note(n, inserted: false)));
        return result;
    }

    private static BlockChange Note(TableFootnote note, bool inserted)
    {
        var block = NoteBlock(note);
        var segments = new[] { new TextSegment(inserted ? SegmentKind.Inserted : SegmentKind.Deleted, block.Tokens) };
        return inserted
            ? new BlockChange(ChangeKind.Inserted, null, block, segments, null)
            : new BlockChange(ChangeKind.Deleted, block, null, segments, null);
    }

    private static FlatBlock NoteBlock(TableFootnote note) =>
        new(FlatKind.Paragraph, 0, $"({note.Marker})", InlineTokenizer.Tokenize(note.Inlines), null, "", "", ParagraphRole.Note);

    /// <summary>Header or body rows of one table with their keys and labels.</summary>
    private sealed record Rows(TableGrid Grid, IReadOnlyList<string> Keys, IReadOnlyList<string> Labels)
    {
        public IReadOnlyList<RowKind> RowKinds { get; init; } = [];

        public static Rows Of(Table table, bool header)
        {
            var rows = header ? table.HeaderRows : table.BodyRows;
            var grid = TableGrid.Of(rows, table.Columns.Count);
            var first = Enumerable.Range(0, rows.Count).Select(r => FirstCell(rows, grid, r)).ToArray();
            var repeats = first.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            var keys = new List<string>();
            var labels = new List<string>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var r = 0; r < rows.Count; r++)
            {
                var second = repeats.Contains(first[r]) ? NextTextCell(grid, r) : null;
                var key = (header ? "\u0001header|" : "") + (second is null ? first[r] : $"{first[r]}\u0007{second}");
                var occurrence = seen[key] = seen.GetValueOrDefault(key) + 1;
                keys.Add(occurrence == 1 ? key : $"{key}\u0007#{occurrence}");
                labels.Add(header ? "header" : second is null ? first[r] : $"{first[r]}, {second}");
            }

            return new Rows(grid, keys, labels) { RowKinds = rows.Select(r => r.Kind).ToArray() };
        }

        /// <summary>
        /// The name a row goes by: its first cell's first line, the origin's for a cell covered by a row span, and the
        /// first row's for the later rows of a keep group (one person's years, the person's title set under the name).
        /// </summary>
        private static string FirstCell(IReadOnlyList<TableRow> rows, TableGrid grid, int r)
        {
            var group = rows[r].KeepGroup;
            var leader = r;
            while (group != 0 && leader > 0 && rows[leader - 1].KeepGroup == group) leader--;
            return grid.ColumnCount > 0 && grid[leader, 0] is { } slot ? TableText.FirstLine(slot.Cell) : "";
        }

        private static string? NextTextCell(TableGrid grid, int r)
        {
            for (var c = 1; c < grid.ColumnCount; c++)
            {
                if (grid[r, c] is not { } slot || slot.Column != c && !slot.CoveredFromAbove) continue;
                var text = TableText.Value(slot.Cell);
                if (text.Length > 0) return text;
            }

            return null;
        }
    }
}
