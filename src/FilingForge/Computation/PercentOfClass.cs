using FilingForge.Values;

namespace FilingForge.Computation;

/// <summary>
/// Percent of class of a holder or of the group (Item 403 of Regulation S-K).
/// <para>
/// <see cref="PercentBasis.Rule13d3"/> (the default): Rule 13d-3(d)(1) deems the shares a person may acquire within
/// 60 days outstanding for that person alone, so the denominator is shares outstanding plus that person's (or the
/// group's) acquirable shares: 2,104,453 / (81,700,735 + 2,026,875) = 2.51%.
/// <see cref="PercentBasis.OutstandingOnly"/>: shares outstanding alone, as the 2003 seed computed it:
/// 2,104,453 / 81,700,735 = 2.58%. Shares outstanding are the record-date count of <c>meeting.yaml</c>.
/// </para>
/// <para>Rounding: percent units, half away from zero to two decimals (<see cref="Rounding.ToPercent"/>).
/// "Less than 1%" is decided on the unrounded value, so 0.996% still prints as "*".</para>
/// </summary>
public static class PercentOfClass
{
    /// <summary>The exact percentage, unrounded. Zero when the denominator is not positive (Check reports that case).</summary>
    public static decimal Exact(decimal shares, decimal acquirableWithin60Days, decimal sharesOutstanding, PercentBasis basis)
    {
        var denominator = Denominator(acquirableWithin60Days, sharesOutstanding, basis);
        return denominator <= 0 ? 0m : shares * 100m / denominator;
    }

    public static decimal Denominator(decimal acquirableWithin60Days, decimal sharesOutstanding, PercentBasis basis) =>
        basis == PercentBasis.Rule13d3 ? sharesOutstanding + acquirableWithin60Days : sharesOutstanding;

    /// <summary>The basis a data file names (<c>percent_basis: outstanding_only</c>); Rule 13d-3(d)(1) when it names none.</summary>
    public static PercentBasis BasisOf(string? spelling) => spelling == "outstanding_only" ? PercentBasis.OutstandingOnly : PercentBasis.Rule13d3;

    public static decimal Rounded(decimal shares, decimal acquirableWithin60Days, decimal sharesOutstanding, PercentBasis basis) =>
        Rounding.ToPercent(Exact(shares, acquirableWithin60Days, sharesOutstanding, basis));

    public static bool IsLessThanOnePercent(decimal exactPercent) => exactPercent < 1m;

    /// <summary>What the ownership table prints for less than one percent, and the marker of the footnote explaining it.</summary>
    public const string LessThanOnePercentMarker = "*";

    /// <summary>How the basis is named in messages.</summary>
    public static string Describe(PercentBasis basis) => basis switch
    {
        PercentBasis.Rule13d3 => "Rule 13d-3(d)(1) (outstanding plus acquirable shares)",
        _ => "shares outstanding alone",
    };
}
