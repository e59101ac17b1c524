namespace FilingForge.Review.Diff;

/// <summary>Two token sequences into segments kept, deleted and inserted, deletions before insertions at each change.</summary>
public static class WordDiff
{
    public static IReadOnlyList<TextSegment> Compare(IReadOnlyList<DiffToken> old, IReadOnlyList<DiffToken> @new)
    {
        var segments = new List<TextSegment>();
        int i = 0, j = 0;
        foreach (var (oi, nj) in SequenceAligner.Match(old, @new))
        {
            Emit(segments, SegmentKind.Deleted, old, i, oi);
            Emit(segments, SegmentKind.Inserted, @new, j, nj);
            Emit(segments, SegmentKind.Same, @new, nj, nj + 1);
            (i, j) = (oi + 1, nj + 1);
        }

        Emit(segments, SegmentKind.Deleted, old, i, old.Count);
        Emit(segments, SegmentKind.Inserted, @new, j, @new.Count);
        return AbsorbLoneSpaces(segments);
    }

    public static bool HasChanges(IReadOnlyList<TextSegment> segments) => segments.Any(s => s.Kind != SegmentKind.Same);

    /// <summary>
    /// Share of the longer text's words that both texts keep: 1 for the same text, 0 for nothing in common. Decides
    /// whether a paragraph was reworded or replaced.
    /// </summary>
    public static double Similarity(IReadOnlyList<DiffToken> old, IReadOnlyList<DiffToken> @new)
    {
        var a = old.Where(t => !t.IsSpace).ToArray();
        var b = @new.Where(t => !t.IsSpace).ToArray();
        if (a.Length == 0 && b.Length == 0) return 1;
        return (double)SequenceAligner.Match(a, b).Count / Math.Max(a.Length, b.Length);
    }

    private static void Emit(List<TextSegment> segments, SegmentKind kind, IReadOnlyList<DiffToken> tokens, int from, int to)
    {
        if (to <= from) return;
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = new TextSegment(kind, [.. segments[^1].Tokens, .. Slice(tokens, from, to)]);
            return;
        }

        segments.Add(new TextSegment(kind, Slice(tokens, from, to)));
    }

    private static DiffToken[] Slice(IReadOnlyList<DiffToken> tokens, int from, int to) =>
        Enumerable.Range(from, to - from).Select(k => tokens[k]).ToArray();

    /// <summary>
    /// A single kept space between two changes splits one edit into two; reading "<del>a b</del><ins>c d</ins>" is
    /// easier than "<del>a</del><ins>c</ins> <del>b</del><ins>d</ins>", so such a space joins both sides of the change.
    /// </summary>
    private static IReadOnlyList<TextSegment> AbsorbLoneSpaces(List<TextSegment> segments)
    {
        var result = new List<TextSegment>();
        for (var k = 0; k < segments.Count; k++)
        {
            var s = segments[k];
            var between = k > 0 && k < segments.Count - 1 && s.Kind == SegmentKind.Same && s.Tokens.All(t => t.IsSpace)
                && segments[k - 1].Kind != SegmentKind.Same && segments[k + 1].Kind != SegmentKind.Same;
            if (!between) { Append(result, s); continue; }
            Append(result, new TextSegment(SegmentKind.Deleted, s.Tokens));
            Append(result, new TextSegment(SegmentKind.Inserted, s.Tokens));
        }

        return Normalise(result);
    }

    private static void Append(List<TextSegment> result, TextSegment s)
    {
        if (result.Count > 0 && result[^1].Kind == s.Kind) result[^1] = new TextSegment(s.Kind, [.. result[^1].Tokens, .. s.Tokens]);
        else result.Add(s);
    }

    /// <summary>Within each run of changes, all deletions first, then all insertions.</summary>
    private static IReadOnlyList<TextSegment> Normalise(List<TextSegment> segments)
    {
        var result = new List<TextSegment>();
        var deleted = new List<DiffToken>();
        var inserted = new List<DiffToken>();
        void Flush()
        {
            if (deleted.Count > 0) result.Add(new TextSegment(SegmentKind.Deleted, deleted.ToArray()));
            if (inserted.Count > 0) result.Add(new TextSegment(SegmentKind.Inserted, inserted.ToArray()));
            deleted.Clear();
            inserted.Clear();
        }

        foreach (var s in segments)
        {
            if (s.Kind == SegmentKind.Deleted) deleted.AddRange(s.Tokens);
            else if (s.Kind == SegmentKind.Inserted) inserted.AddRange(s.Tokens);
            else { Flush(); result.Add(s); }
        }

        Flush();
        return result;
    }
}
