namespace FilingForge.Model;

/// <summary><c>director-compensation.yaml</c>: how non-employee directors are paid.</summary>
public sealed class DirectorCompensationFile : ModelNode
{
    public required int InitialGrantShares { get; init; }
    public int? SubsequentGrantShares { get; init; }
    public decimal? CashInLieuPerShare { get; init; }
    public required int AnnualGrantShares { get; init; }
    public required decimal AnnualRetainer { get; init; }
    public required int MaximumOptionsInLieuOfRetainer { get; init; }
    public required decimal CommitteeMemberRetainer { get; init; }
    public required decimal CommitteeChairRetainer { get; init; }
    public required decimal ChairmanRetainer { get; init; }
    public required DateOnly RetainerEffectiveDate { get; init; }
    public required DateOnly PlanAmendmentDate { get; init; }
    public required List<DirectorPayment> PaymentsInFiscalYear { get; init; }
}

public sealed class DirectorPayment : ModelNode
{
    public required string Person { get; init; }
    public required MarkdownText Description { get; init; }
}
