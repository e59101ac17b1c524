namespace FilingForge.Model;

/// <summary><c>committees.yaml</c>: standing committees of the board. The only place memberships are stated.</summary>
public sealed class CommitteesFile : ModelNode
{
    public required List<Committee> Committees { get; init; }
    public MarkdownText? Interlocks { get; init; }
}

public sealed class Committee : ModelNode
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Chair { get; init; }
    public required List<string> Members { get; init; }
    public required int MeetingsHeld { get; init; }
    public required MarkdownText Responsibilities { get; init; }
    public MarkdownText? MembershipChanges { get; init; }
    public CommitteeCharter? Charter { get; init; }
}

public sealed class CommitteeCharter : ModelNode
{
    public required string Appendix { get; init; }
    public required string Title { get; init; }
    public required MarkdownText Text { get; init; }
}
