using System.Globalization;

namespace FilingForge.Tests.Writers.Fidelity;

/// <summary>
/// Whether the words of a document appear in order in a format's text. Between two of them the format may add words
/// of its own (page numbers, repeated table headers, list numbers, a chart's axis labels), but not more than
/// <see cref="MaxAdded"/>: a longer gap means the word was found by chance far away, its own text being lost.
/// </summary>
public static class WordOrder
{
    public const int MaxAdded = 60;

    /// <summary>Null when every word is found in order; otherwise where the first one is missing, with context.</summary>
    public static string? FirstMissing(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var cursor = 0;
        for (var i = 0; i < expected.Count; i++)
        {
            var limit = Math.Min(actual.Count, i == 0 ? actual.Count : cursor + MaxAdded + 1);
            var found = -1;
            for (var k = cursor; k < limit; k++)
            {
                if (!string.Equals(actual[k], expected[i], StringComparison.Ordinal)) continue;
                found = k;
                break;
            }

            if (found < 0) return Report(expected, actual, i, cursor);
            cursor = found + 1;
        }

        return null;
    }

    private static string Report(IReadOnlyList<string> expected, IReadOnlyList<string> actual, int missing, int cursor) =>
        string.Create(CultureInfo.InvariantCulture,
            $"word {missing + 1} of {expected.Count}, '{expected[missing]}', is not within {MaxAdded} words of the previous one.\n" +
            $"  document: ...{string.Join(' ', expected.Skip(Math.Max(0, missing - 12)).Take(12))} >>{expected[missing]}<< {string.Join(' ', expected.Skip(missing + 1).Take(12))}\n" +
            $"  format:   ...{string.Join(' ', actual.Skip(Math.Max(0, cursor - 12)).Take(12))} >>here<< {string.Join(' ', actual.Skip(cursor).Take(24))}");
}
