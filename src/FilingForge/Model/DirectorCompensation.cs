namespace FilingForge.Model;

/// <summary><c>director-compensation.yaml</c>: how non-employee directors are paid.</summary>
public sealed class DirectorCompensationFile : ModelNode
{
    /// <summary>Option shares granted to a non-employee director on first election.</summary>
    public required long InitialGrantShares { get; init; }
    /// <summary>Option shares of the periodic re-election grant, if the plan has one.</summary>
    public long? SubsequentGrantShares { get; init; }
    /// <summary>Cash per option share a director may take instead of the grant.</summary>
    public decimal? CashInLieuPerShare { get; init; }
    /// <summary>Option shares granted at each annual meeting to each re-elected non-employee director.</summary>
    public required long AnnualGrantShares { get; init; }
    /// <summary>Annual cash retainer per non-employee director, in dollars.</summary>
    public required decimal AnnualRetainer { get; init; }
    /// <summary>Cap on options a director may take per year instead of the retainer.</summary>
    public required long MaximumOptionsInLieuOfRetainer { get; init; }
    /// <summary>Annual retainer per standing committee served on, in dollars.</summary>
    public required decimal CommitteeMemberRetainer { get; init; }
    /// <summary>Annual retainer of a committee chair, instead of the member retainer, in dollars.</summary>
    public required decimal CommitteeChairRetainer { get; init; }
    /// <summary>Additional annual retainer of the Chairman of the Board, in dollars.</summary>
    public required decimal ChairmanRetainer { get; init; }
    public required DateOnly RetainerEffectiveDate { get; init; }
    public required DateOnly PlanAmendmentDate { get; init; }
    /// <summary>Grants and payments to individual directors in the fiscal year.</summary>
    public required List<DirectorPayment> PaymentsInFiscalYear { get; init; }
}

public sealed class DirectorPayment : ModelNode
{
    /// <summary>Person id from people.yaml.</summary>
    public required string Person { get; init; }
    public required MarkdownText Description { get; init; }
}
