namespace FilingForge.Model;

/// <summary><c>summary-compensation.yaml</c>: Item 402(b) table in its pre-2006 form.</summary>
public sealed class SummaryCompensationFile : ModelNode
{
    public required MarkdownText Introduction { get; init; }
    /// <summary>The named executive officers in printed order.</summary>
    public required List<NamedExecutive> Officers { get; init; }
    /// <summary>Column keys: name, year, annual_compensation (group), salary, bonus, other_annual_compensation, long_term_compensation (group), restricted_stock_awards, securities_underlying_options, ltip_payouts, all_other_compensation.</summary>
    public required List<Footnote> Footnotes { get; init; }
}

public sealed class NamedExecutive : ModelNode
{
    /// <summary>Person id from people.yaml.</summary>
    public required string Person { get; init; }
    /// <summary>Principal position as printed under the name; absent when the table prints none (a former officer).</summary>
    public string? Position { get; init; }
    /// <summary>Footnote markers after the person's name.</summary>
    public List<string> Notes { get; init; } = [];
    /// <summary>Most recent year first.</summary>
    public required List<CompensationYear> Years { get; init; }
}

/// <summary>One fiscal year of one officer. An absent amount prints as a dash.</summary>
public sealed class CompensationYear : ModelNode
{
    public required int Year { get; init; }
    /// <summary>Whole dollars.</summary>
    public decimal? Salary { get; init; }
    public decimal? Bonus { get; init; }
    public decimal? OtherAnnualCompensation { get; init; }
    public decimal? RestrictedStockAwards { get; init; }
    /// <summary>A share count, never summed with dollars.</summary>
    public long? SecuritiesUnderlyingOptions { get; init; }
    public decimal? LtipPayouts { get; init; }
    public decimal? AllOtherCompensation { get; init; }
    /// <summary>What <see cref="AllOtherCompensation"/> is made of; when given, it must add up.</summary>
    public List<CompensationComponent> AllOtherComponents { get; init; } = [];
    /// <summary>Footnote markers per column key, such as <c>salary: ["7"]</c>.</summary>
    public Dictionary<string, List<string>> Notes { get; init; } = new();
}

public sealed class CompensationComponent : ModelNode
{
    public required string Description { get; init; }
    /// <summary>Whole dollars.</summary>
    public required decimal Amount { get; init; }
}
