namespace FilingForge.Model;

/// <summary><c>beneficial-ownership.yaml</c>: Item 403 security ownership table.</summary>
public sealed class BeneficialOwnershipFile : ModelNode
{
    public required DateOnly AsOf { get; init; }
    /// <summary>How percent of class is computed; see <c>PercentOfClass</c>.</summary>
    public PercentBasis PercentBasis { get; init; } = PercentBasis.Rule13d3;
    public required MarkdownText Introduction { get; init; }
    public required List<BeneficialOwner> Owners { get; init; }
    public required OwnershipGroup Group { get; init; }
    public required List<Footnote> Footnotes { get; init; }
}

public enum PercentBasis
{
    /// <summary>Rule 13d-3(d)(1): a person's acquirable shares are added to the denominator for that person.</summary>
    Rule13d3,
    /// <summary>Shares outstanding alone, as many older filings (the 2003 seed among them) computed it.</summary>
    OutstandingOnly,
}

public sealed class BeneficialOwner : ModelNode
{
    public required string Person { get; init; }
    /// <summary>Total beneficially owned, including <see cref="AcquirableWithin60Days"/>.</summary>
    public required long Shares { get; init; }
    public long AcquirableWithin60Days { get; init; }
    public List<IndirectHolding> HeldIndirectly { get; init; } = [];
    public List<string> Notes { get; init; } = [];
    /// <summary>A percent printed in an earlier draft; when given, the check compares it with the computed one.</summary>
    public decimal? StatedPercent { get; init; }
}

public sealed class IndirectHolding : ModelNode
{
    public required string Holder { get; init; }
    public required long Shares { get; init; }
    public bool Disclaimed { get; init; }
}

public sealed class OwnershipGroup : ModelNode
{
    public required string Label { get; init; }
    public required List<string> Members { get; init; }
    public required long Shares { get; init; }
    public required long AcquirableWithin60Days { get; init; }
    public decimal? StatedPercent { get; init; }
}
