using System.Collections.Concurrent;
using FilingForge.Document;

namespace FilingForge.Watch;

/// <summary>
/// The highlights of one good build against the good build before it, computed per document when a page first asks
/// (after it has shown the new text, so the diff is not on the path from save to screen) and then kept.
/// Holds only the two builds' documents, never an older comparison, so successive builds do not chain in memory.
/// </summary>
public sealed class PreviewChanges(IReadOnlyList<FilingDocument> old, IReadOnlyList<FilingDocument> @new)
{
    public static readonly PreviewChanges None = new([], []);

    private readonly ConcurrentDictionary<string, IReadOnlyList<Highlight>> _byDocument = new(StringComparer.Ordinal);

    public IReadOnlyList<Highlight> For(string documentName) => _byDocument.GetOrAdd(documentName, Compute);

    private IReadOnlyList<Highlight> Compute(string documentName)
    {
        var before = old.FirstOrDefault(d => d.Name == documentName);
        var after = @new.FirstOrDefault(d => d.Name == documentName);
        return before is null || after is null ? [] : ChangeHighlights.Between(before, after);
    }
}
