using FilingForge.Diagnostics;

namespace FilingForge.Review.DataDiff;

public enum DataChangeKind
{
    Changed,
    Added,
    Removed,
}

/// <summary>
/// One fact that differs between two data folders: where it is (in the new file, or the old one for a removal),
/// its data path and its values, printed <c>summary-compensation.yaml:31:17 officers[1].years[0].salary: 235096 → 241000</c>.
/// </summary>
public sealed record DataChange(DataChangeKind Kind, SourceLocation Location, string Path, string? OldValue, string? NewValue)
{
    public override string ToString() => Kind switch
    {
        DataChangeKind.Added => $"{Location} {Path}: added {NewValue}",
        DataChangeKind.Removed => $"{Location} {Path}: removed {OldValue}",
        _ => $"{Location} {Path}: {OldValue} → {NewValue}",
    };
}
