namespace FilingForge.Checks;

/// <summary>"Did you mean" for misspelt ids: the closest candidate by edit distance, when it is close enough to be a typo.</summary>
public static class Suggestions
{
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.OrderBy(c => c, StringComparer.Ordinal))
        {
            var distance = EditDistance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }

        var allowed = Math.Max(2, typed.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Formats the suggestion as a message tail: <c>; did you mean 'aube'?</c>, or nothing.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates) =>
        Closest(typed, candidates) is { } s ? $"; did you mean '{s}'?" : "";

    public static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
