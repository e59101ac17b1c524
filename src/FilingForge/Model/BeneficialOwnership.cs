using FilingForge.Computation;
namespace FilingForge.Model;

/// <summary><c>beneficial-ownership.yaml</c>: Item 403 security ownership table.</summary>
public sealed class BeneficialOwnershipFile : ModelNode
{
    /// <summary>The date as of which ownership is given (usually the record date).</summary>
    public required DateOnly AsOf { get; init; }
    /// <summary>How percent of class is computed; see <c>PercentOfClass</c>.</summary>
    public PercentBasis PercentBasis { get; init; } = PercentBasis.Rule13d3;
    public required MarkdownText Introduction { get; init; }
    /// <summary>Table rows in printed order: five percent owners, then directors and named executive officers.</summary>
    public required List<BeneficialOwner> Owners { get; init; }
    public required OwnershipGroup Group { get; init; }
    /// <summary>Column keys: name, shares, acquirable_within_60_days, percent_of_class.</summary>
    public required List<Footnote> Footnotes { get; init; }
}

public sealed class BeneficialOwner : ModelNode
{
    /// <summary>Person id from people.yaml.</summary>
    public required string Person { get; init; }
    /// <summary>Total beneficially owned, including <see cref="AcquirableWithin60Days"/>.</summary>
    public required long Shares { get; init; }
    /// <summary>Shares the person may acquire within 60 days (options, conversions); included in shares.</summary>
    public long AcquirableWithin60Days { get; init; }
    /// <summary>Shares included in shares that are held through another holder.</summary>
    public List<IndirectHolding> HeldIndirectly { get; init; } = [];
    /// <summary>Footnote markers after the person's name.</summary>
    public List<string> Notes { get; init; } = [];
    /// <summary>A percent printed in an earlier draft; when given, the check compares it with the computed one.</summary>
    public decimal? StatedPercent { get; init; }
}

public sealed class IndirectHolding : ModelNode
{
    /// <summary>Who holds the shares, as the footnote names it.</summary>
    public required string Holder { get; init; }
    public required long Shares { get; init; }
    /// <summary>Whether the person disclaims beneficial ownership except to the extent of a pecuniary interest.</summary>
    public bool Disclaimed { get; init; }
}

public sealed class OwnershipGroup : ModelNode
{
    /// <summary>The row label, such as "Executive Officers and Directors as a group (11 persons)".</summary>
    public required string Label { get; init; }
    /// <summary>Person ids of the current directors and executive officers in the group.</summary>
    public required List<string> Members { get; init; }
    public required long Shares { get; init; }
    public required long AcquirableWithin60Days { get; init; }
    public decimal? StatedPercent { get; init; }
}
