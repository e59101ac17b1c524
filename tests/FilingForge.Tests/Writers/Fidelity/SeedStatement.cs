using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Fidelity;

/// <summary>
/// The seed's legal statements a document must make (Fixtures/seed-statements.txt), as word sequences; with
/// <see cref="Times"/>, a statement the document makes exactly that often (0: one the seed does not make).
/// </summary>
public sealed record SeedStatement(string Document, string Text, IReadOnlyList<string> Words, int? Times)
{
    public static IReadOnlyList<SeedStatement> Load() =>
        File.ReadLines(RepositoryPaths.At("tests/FilingForge.Tests/Fixtures/seed-statements.txt"))
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l => l.Split('|', 3, StringSplitOptions.TrimEntries))
            .Select(p => new SeedStatement(p[0], p[1], DocumentWords.In(p[1]).Select(w => w.ToUpperInvariant()).ToList(), TimesOf(p)))
            .ToList();

    private static int? TimesOf(string[] parts) =>
        parts.Length < 3 ? null : int.Parse(parts[2].Replace("times", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    public bool AppliesTo(string document) =>
        Document.EndsWith('*') ? document.StartsWith(Document[..^1], StringComparison.Ordinal) : document == Document;

    /// <summary>Whether <paramref name="words"/> (upper case) make the statement as often as the fixture says.</summary>
    public bool IsMadeIn(IReadOnlyList<string> words) => Times is { } times ? Count(words) == times : Count(words) > 0;

    /// <summary>How often the words follow one another in <paramref name="words"/>.</summary>
    private int Count(IReadOnlyList<string> words)
    {
        var count = 0;
        for (var start = 0; start + Words.Count <= words.Count; start++)
            if (Words.Select((w, i) => words[start + i] == w).All(same => same)) count++;
        return count;
    }
}
