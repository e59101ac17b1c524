namespace FilingForge.Model;

/// <summary><c>committees.yaml</c>: standing committees of the board. The only place memberships are stated.</summary>
public sealed class CommitteesFile : ModelNode
{
    public required List<Committee> Committees { get; init; }
    public MarkdownText? Interlocks { get; init; }
}

public sealed class Committee : ModelNode
{
    /// <summary>Short id other files use, such as "audit".</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>Person id of the chair; must be a member.</summary>
    public required string Chair { get; init; }
    /// <summary>Person ids of the current members, chair included.</summary>
    public required List<string> Members { get; init; }
    /// <summary>Meetings held in the last fiscal year.</summary>
    public required int MeetingsHeld { get; init; }
    public required MarkdownText Responsibilities { get; init; }
    /// <summary>Changes of membership during or after the fiscal year.</summary>
    public MarkdownText? MembershipChanges { get; init; }
    public CommitteeCharter? Charter { get; init; }
}

public sealed class CommitteeCharter : ModelNode
{
    /// <summary>The appendix letter, such as "A".</summary>
    public required string Appendix { get; init; }
    public required string Title { get; init; }
    public required MarkdownText Text { get; init; }
}
