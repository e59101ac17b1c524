namespace FilingForge.Review.Diff;

public enum ChangeKind
{
    Same,
    Inserted,
    Deleted,
    Modified,
    /// <summary>The old place of a block that moved: shown struck through, with where it went.</summary>
    MovedFrom,
    /// <summary>The new place of a block that moved, unchanged in itself.</summary>
    MovedTo,
}
