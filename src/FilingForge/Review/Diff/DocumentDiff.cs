using FilingForge.Document;

namespace FilingForge.Review.Diff;

/// <summary>
/// Structure-aware comparison of two versions of a document on the Document IR. Leaves are aligned on their
/// content (longest common subsequence of signatures); a block found unchanged elsewhere is a move; in each
/// stretch between unchanged blocks, blocks of the same kind that still share most of their words are paired as
/// reworded (word diff), and tables with the same id as changed (cell diff). What is left was inserted or deleted.
/// </summary>
public static class DocumentDiff
{
    /// <summary>Below this share of common words a paragraph counts as replaced rather than reworded.</summary>
    private const double RewordedSimilarity = 0.5;

    /// <summary>Blocks this short ("Yes", a page break) are too common to call moved.</summary>
    private const int MinimumMovedLength = 12;

    public static DocumentChanges Compare(FilingDocument old, FilingDocument @new)
    {
        var a = DocumentFlattener.Flatten(old);
        var b = DocumentFlattener.Flatten(@new);
        var anchors = SequenceAligner.Match(a.Select(x => x.Signature).ToArray(), b.Select(x => x.Signature).ToArray(), StringComparer.Ordinal);
        var moves = FindMoves(a, b, anchors);
        var blocks = new List<BlockChange>();
        int i = 0, j = 0;
        foreach (var (oi, nj) in anchors.Append((a.Count, b.Count)))
        {
            CompareStretch(a, i, oi, b, j, nj, moves, blocks);
            if (oi < a.Count) blocks.Add(Same(b[nj]));
            (i, j) = (oi + 1, nj + 1);
        }

        return new DocumentChanges(old, @new, blocks, ChangeSummarizer.Summarize(blocks));
    }

    /// <summary>Unanchored blocks with the same content on both sides: old index → new index.</summary>
    private static Dictionary<int, int> FindMoves(IReadOnlyList<FlatBlock> a, IReadOnlyList<FlatBlock> b, IReadOnlyList<(int Old, int New)> anchors)
    {
        var anchoredOld = anchors.Select(x => x.Old).ToHashSet();
        var anchoredNew = anchors.Select(x => x.New).ToHashSet();
        var waiting = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var j = 0; j < b.Count; j++)
        {
            if (anchoredNew.Contains(j) || !Movable(b[j])) continue;
            if (!waiting.TryGetValue(b[j].Signature, out var queue)) waiting.Add(b[j].Signature, queue = new Queue<int>());
            queue.Enqueue(j);
        }

        var moves = new Dictionary<int, int>();
        for (var i = 0; i < a.Count; i++)
            if (!anchoredOld.Contains(i) && waiting.TryGetValue(a[i].Signature, out var queue) && queue.Count > 0)
                moves.Add(i, queue.Dequeue());
        return moves;
    }

    private static bool Movable(FlatBlock block) =>
        block.Kind is FlatKind.Table or FlatKind.Heading || block.Text.Length >= MinimumMovedLength;

    private static void CompareStretch(
        IReadOnlyList<FlatBlock> a, int fromA, int toA, IReadOnlyList<FlatBlock> b, int fromB, int toB,
        Dictionary<int, int> moves, List<BlockChange> blocks)
    {
        var movedIn = moves.ToDictionary(m => m.Value, m => m.Key);
        var olds = Enumerable.Range(fromA, toA - fromA).ToList();
        var news = Enumerable.Range(fromB, toB - fromB).Where(j => !movedIn.ContainsKey(j)).ToList();
        var pairs = Pair(a, olds.Where(i => !moves.ContainsKey(i)).ToList(), b, news);
        var oldCursor = 0;
        var pairedOld = pairs.Select(p => p.Old).ToHashSet();
        for (var j = fromB; j < toB; j++)
        {
            if (movedIn.TryGetValue(j, out var from))
            {
                blocks.Add(new BlockChange(ChangeKind.MovedTo, a[from], b[j], Whole(SegmentKind.Same, b[j]), TableOf(b[j], null)));
                continue;
            }

            var pair = pairs.FirstOrDefault(p => p.New == j, (Old: -1, New: -1));
            if (pair.Old < 0)
            {
                blocks.Add(new BlockChange(ChangeKind.Inserted, null, b[j], Whole(SegmentKind.Inserted, b[j]), TableOf(b[j], inserted: true)));
                continue;
            }

            for (; oldCursor < olds.Count && olds[oldCursor] < pair.Old; oldCursor++)
                if (!pairedOld.Contains(olds[oldCursor])) blocks.Add(Gone(a, olds[oldCursor], moves));
            oldCursor++;
            blocks.Add(Modified(a[pair.Old], b[j]));
        }

        for (; oldCursor < olds.Count; oldCursor++)
            if (!pairedOld.Contains(olds[oldCursor])) blocks.Add(Gone(a, olds[oldCursor], moves));
    }

    /// <summary>Pairs in order: each old block with the first later new block of its kind that it resembles.</summary>
    private static List<(int Old, int New)> Pair(IReadOnlyList<FlatBlock> a, List<int> olds, IReadOnlyList<FlatBlock> b, List<int> news)
    {
        var pairs = new List<(int Old, int New)>();
        var next = 0;
        foreach (var i in olds)
        {
            for (var k = next; k < news.Count; k++)
            {
                if (!Resembles(a[i], b[news[k]])) continue;
                pairs.Add((i, news[k]));
                next = k + 1;
                break;
            }
        }

        return pairs;
    }

    private static bool Resembles(FlatBlock old, FlatBlock @new)
    {
        if (old.Kind != @new.Kind) return false;
        if (old.Kind == FlatKind.Table) return old.Table!.Id == @new.Table!.Id || old.Title == @new.Title;
        if (old.Kind == FlatKind.Heading && old.Level != @new.Level) return false;
        return WordDiff.Similarity(old.Tokens, @new.Tokens) >= RewordedSimilarity;
    }

    private static BlockChange Same(FlatBlock block) =>
        new(ChangeKind.Same, block, block, Whole(SegmentKind.Same, block), TableOf(block, null));

    private static BlockChange Modified(FlatBlock old, FlatBlock @new)
    {
        if (old.Table is { } before && @new.Table is { } after)
        {
            var table = TableComparer.Compare(before, after, @new.Title);
            return new BlockChange(table.HasChanges ? ChangeKind.Modified : ChangeKind.Same, old, @new, [], table);
        }

        return new BlockChange(ChangeKind.Modified, old, @new, WordDiff.Compare(old.Tokens, @new.Tokens), null);
    }

    private static BlockChange Gone(IReadOnlyList<FlatBlock> a, int index, Dictionary<int, int> moves) =>
        new(moves.ContainsKey(index) ? ChangeKind.MovedFrom : ChangeKind.Deleted, a[index], null,
            Whole(SegmentKind.Deleted, a[index]), TableOf(a[index], inserted: false));

    private static IReadOnlyList<TextSegment> Whole(SegmentKind kind, FlatBlock block) =>
        block.Tokens.Count == 0 ? [] : [new TextSegment(kind, block.Tokens)];

    private static TableChanges? TableOf(FlatBlock block, bool? inserted) =>
        block.Table is not { } table ? null
        : inserted is null ? TableComparer.Compare(table, table, block.Title)
        : TableComparer.Whole(table, block.Title, inserted.Value);
}
