using FilingForge.Document;

namespace FilingForge.Review.Diff;

/// <summary>The comparison of two versions of one document: every leaf in order, and the summary a reviewer reads first.</summary>
public sealed record DocumentChanges(FilingDocument Old, FilingDocument New, IReadOnlyList<BlockChange> Blocks, ChangeSummary Summary)
{
    public string Name => New.Name;

    public bool HasChanges => Summary.Total > 0;
}
