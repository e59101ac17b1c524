namespace FilingForge.Model;

/// <summary><c>reports.yaml</c>: the committee reports, signed by the committee's current members.</summary>
public sealed class ReportsFile : ModelNode
{
    public required CommitteeReport AuditCommittee { get; init; }
    public required CommitteeReport CompensationCommittee { get; init; }
    /// <summary>The "not soliciting material" legend that follows each starred section.</summary>
    public required MarkdownText NotSolicitingMaterialLegend { get; init; }
}

public sealed class CommitteeReport : ModelNode
{
    public required string Committee { get; init; }
    public required MarkdownText Text { get; init; }
}
