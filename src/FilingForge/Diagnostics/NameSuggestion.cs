namespace FilingForge.Diagnostics;

/// <summary>
/// "Did you mean `salary`?": finds the known name closest to a misspelled one, for every stage that reports an
/// unknown key, id or file. Distance counts insertions, deletions, substitutions and swaps of neighbours (so
/// <c>salray</c> is one edit from <c>salary</c>); a name too far from every candidate gets no suggestion rather than a
/// misleading one.
/// </summary>
public static class NameSuggestion
{
    /// <param name="normalize">Maps the typed name to the candidates' convention first (the loader turns
    /// <c>OtherAnnualCompensation</c> into <c>other_annual_compensation</c>); an exact hit after that wins.</param>
    public static string? Closest(string typed, IEnumerable<string> candidates, Func<string, string>? normalize = null)
    {
        var list = candidates as IReadOnlyCollection<string> ?? candidates.ToArray();
        if (normalize is not null && list.Contains(normalize(typed), StringComparer.Ordinal)) return normalize(typed);

        string? best = null;
        var bestDistance = MaxDistance(typed.Length) + 1;
        foreach (var candidate in list.OrderBy(c => c, StringComparer.Ordinal))
        {
            var distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }

        return best;
    }

    /// <summary>"; did you mean `x`?" or nothing, ready to append to a message.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates, Func<string, string>? normalize = null) =>
        Closest(typed, candidates, normalize) is { } best ? $"; did you mean `{best}`?" : "";

    private static int MaxDistance(int length) => length <= 3 ? 1 : length <= 6 ? 2 : 3;

    /// <summary>Optimal string alignment distance: Levenshtein plus adjacent transpositions.</summary>
    public static int Distance(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    best = Math.Min(best, previous2[j - 2] + 1);
                current[j] = best;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
