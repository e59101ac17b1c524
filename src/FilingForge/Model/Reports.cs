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
    /// <summary>Committee id from committees.yaml; its current members sign the report.</summary>
    public required string Committee { get; init; }
    public required MarkdownText Text { get; init; }
}
