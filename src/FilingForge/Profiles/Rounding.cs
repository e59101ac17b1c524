namespace FilingForge.Profiles;

/// <summary>
/// How a derived figure is rounded once evaluated, always half away from zero (as a reader rounds by hand, and as the
/// seed's tables were): <c>none</c> keeps every digit decimal arithmetic gives; <c>whole</c> to whole units (dollars,
/// shares); <c>one_decimal</c> to one place (an overhang of 4.9%); <c>cents</c> and <c>two_decimals</c> to two places (a percentage such as 4.68).
/// </summary>
public enum Rounding
{
    None,
    Whole,
    OneDecimal,
    TwoDecimals,
}

public static class RoundingRules
{
    /// <summary>The names a profile writes after <c>round:</c>.</summary>
    public static IReadOnlyDictionary<string, Rounding> Names { get; } = new Dictionary<string, Rounding>(StringComparer.Ordinal)
    {
        ["none"] = Rounding.None,
        ["whole"] = Rounding.Whole,
        ["one_decimal"] = Rounding.OneDecimal,
        ["cents"] = Rounding.TwoDecimals,
        ["two_decimals"] = Rounding.TwoDecimals,
    };

    public static decimal Apply(this Rounding rounding, decimal value) => rounding switch
    {
        Rounding.Whole => Math.Round(value, 0, MidpointRounding.AwayFromZero),
        Rounding.OneDecimal => Math.Round(value, 1, MidpointRounding.AwayFromZero),
        Rounding.TwoDecimals => Math.Round(value, 2, MidpointRounding.AwayFromZero),
        _ => value,
    };
}
