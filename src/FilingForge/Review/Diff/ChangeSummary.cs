namespace FilingForge.Review.Diff;

/// <summary>Changes in one top-level section; a changed table cell and an inserted row each count as one.</summary>
public sealed record SectionCount(string Section, int Inserted, int Deleted, int Modified, int Moved)
{
    public int Total => Inserted + Deleted + Modified + Moved;
}

/// <summary>
/// What a reviewer reads first: counts per section, the changed figures ("Summary Compensation Table — Karen Clark,
/// 2002, Salary ($): 235,096 → 241,000"), and one line for every other change.
/// </summary>
public sealed record ChangeSummary(IReadOnlyList<SectionCount> Sections, IReadOnlyList<string> ChangedFigures, IReadOnlyList<string> Changes)
{
    public int Total => Sections.Sum(s => s.Total);
}
