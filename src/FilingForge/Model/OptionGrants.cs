namespace FilingForge.Model;

/// <summary><c>option-grants.yaml</c>: option grants to named executives in the last fiscal year.</summary>
public sealed class OptionGrantsFile : ModelNode
{
    /// <summary>The fiscal year of the grants.</summary>
    public required int FiscalYear { get; init; }
    /// <summary>All options granted to employees in the year: the base of the percent column.</summary>
    public required long TotalOptionsGrantedToEmployees { get; init; }
    /// <summary>Assumed annual rates of stock price appreciation as fractions (0.05 = 5%), compounded over the option term.</summary>
    public required List<decimal> AssumedAppreciationRates { get; init; }
    public required MarkdownText Introduction { get; init; }
    public required List<GrantRecipient> Recipients { get; init; }
    /// <summary>Column keys: name, individual_grants (group), shares, percent_of_total, exercise_price, market_price, grant_date, expiration_date, potential_realizable_value (group), value_at_5_percent, value_at_10_percent.</summary>
    public required List<Footnote> Footnotes { get; init; }
}

/// <summary>A named executive and the grants made to him or her; an empty list prints the "-0-" row.</summary>
public sealed class GrantRecipient : ModelNode
{
    /// <summary>Person id of a named executive officer.</summary>
    public required string Person { get; init; }
    public required List<OptionGrant> Grants { get; init; }
}

public sealed class OptionGrant : ModelNode
{
    /// <summary>Number of securities underlying the options granted.</summary>
    public required long Shares { get; init; }
    /// <summary>Exercise price per share, in dollars.</summary>
    public required decimal ExercisePrice { get; init; }
    /// <summary>Market price on the grant date; equal to the exercise price when granted at market.</summary>
    public decimal? MarketPrice { get; init; }
    public required DateOnly GrantDate { get; init; }
    public required DateOnly ExpirationDate { get; init; }
    /// <summary>Footnote markers per column key, such as shares: ["3"].</summary>
    public Dictionary<string, List<string>> Notes { get; init; } = new();
}
