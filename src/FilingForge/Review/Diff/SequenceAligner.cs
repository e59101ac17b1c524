namespace FilingForge.Review.Diff;

/// <summary>
/// Longest common subsequence of two sequences, as the pairs of indexes it keeps. Common prefix and suffix are
/// matched first, so two drafts that differ in a few places cost little more than a linear scan; the quadratic
/// table is built only over the differing middle.
/// </summary>
internal static class SequenceAligner
{
    public static IReadOnlyList<(int Old, int New)> Match<T>(IReadOnlyList<T> old, IReadOnlyList<T> @new, IEqualityComparer<T>? comparer = null) where T : notnull
    {
        comparer ??= EqualityComparer<T>.Default;
        var (a, b) = Intern(old, @new, comparer);
        var pairs = new List<(int, int)>();
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start]) pairs.Add((start, start++));
        var endA = a.Length;
        var endB = b.Length;
        var suffix = new List<(int, int)>();
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) suffix.Add((--endA, --endB));
        pairs.AddRange(Middle(a, b, start, endA, start, endB));
        suffix.Reverse();
        pairs.AddRange(suffix);
        return pairs;
    }

    /// <summary>Items as small integers, so the table compares ints, not strings.</summary>
    private static (int[] A, int[] B) Intern<T>(IReadOnlyList<T> old, IReadOnlyList<T> @new, IEqualityComparer<T> comparer) where T : notnull
    {
        var ids = new Dictionary<T, int>(comparer);
        int Id(T item)
        {
            if (!ids.TryGetValue(item, out var id)) ids.Add(item, id = ids.Count);
            return id;
        }

        return (old.Select(Id).ToArray(), @new.Select(Id).ToArray());
    }

    private static IEnumerable<(int, int)> Middle(int[] a, int[] b, int fromA, int toA, int fromB, int toB)
    {
        int n = toA - fromA, m = toB - fromB;
        if (n == 0 || m == 0) return [];
        var length = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        for (var j = m - 1; j >= 0; j--)
            length[i, j] = a[fromA + i] == b[fromB + j] ? length[i + 1, j + 1] + 1 : Math.Max(length[i + 1, j], length[i, j + 1]);

        var pairs = new List<(int, int)>();
        for (int i = 0, j = 0; i < n && j < m;)
        {
            if (a[fromA + i] == b[fromB + j]) pairs.Add((fromA + i++, fromB + j++));
            else if (length[i + 1, j] >= length[i, j + 1]) i++;
            else j++;
        }

        return pairs;
    }
}
