using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Fidelity;

/// <summary>The seed's legal statements a document must make (Fixtures/seed-statements.txt), as word sequences.</summary>
public sealed record SeedStatement(string Document, string Text, IReadOnlyList<string> Words)
{
    public static IReadOnlyList<SeedStatement> Load() =>
        File.ReadLines(RepositoryPaths.At("tests/FilingForge.Tests/Fixtures/seed-statements.txt"))
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l => l.Split('|', 2, StringSplitOptions.TrimEntries))
            .Select(p => new SeedStatement(p[0], p[1], DocumentWords.In(p[1]).Select(w => w.ToUpperInvariant()).ToList()))
            .ToList();

    public bool AppliesTo(string document) =>
        Document.EndsWith('*') ? document.StartsWith(Document[..^1], StringComparison.Ordinal) : document == Document;

    /// <summary>Whether the words follow one another in <paramref name="words"/> (upper case).</summary>
    public bool IsIn(IReadOnlyList<string> words)
    {
        for (var start = 0; start + Words.Count <= words.Count; start++)
            if (Words.Select((w, i) => words[start + i] == w).All(same => same)) return true;
        return false;
    }
}
