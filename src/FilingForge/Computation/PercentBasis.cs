namespace FilingForge.Computation;

/// <summary>How percent of class is computed (<c>beneficial-ownership.yaml</c> <c>percent_basis</c>); see <see cref="PercentOfClass"/>.</summary>
public enum PercentBasis
{
    /// <summary>Rule 13d-3(d)(1): a person's acquirable shares are added to the denominator for that person.</summary>
    Rule13d3,
    /// <summary>Shares outstanding alone, as many older filings (the 2003 seed among them) computed it.</summary>
    OutstandingOnly,
}
