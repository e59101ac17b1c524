namespace FilingForge.Computation;

/// <summary>
/// Potential realizable value of an option grant at an assumed annual rate of stock price appreciation
/// (Item 402(c)(2)(vi), pre-2006 form): N × (P × (1 + r)^T − X), with annual compounding, where N is the number of
/// options, P the market price at grant (the exercise price when granted at market), X the exercise price and T the
/// option term in whole years (<see cref="TermYears"/>).
/// <para>
/// (1 + r)^T is computed exactly in <c>decimal</c> by repeated multiplication (no floating point), and only the
/// result is rounded: half away from zero to whole dollars. 150,000 × (1.89 × 1.05^10 − 1.89) = 178,291.6 → 178,292.
/// A value below zero (a grant far above market) is reported as zero, since an option is never exercised at a loss.
/// </para>
/// </summary>
public static class PotentialRealizableValue
{
    public static decimal Compute(decimal options, decimal marketPrice, decimal exercisePrice, int termYears, decimal annualRate)
    {
        var growth = Power(1m + annualRate, termYears);
        var value = options * (marketPrice * growth - exercisePrice);
        return value <= 0m ? 0m : Rounding.ToWholeDollars(value);
    }

    /// <summary>Whole years from grant to expiration: a year counts only when its anniversary has been reached.</summary>
    public static int TermYears(DateOnly grantDate, DateOnly expirationDate)
    {
        var years = expirationDate.Year - grantDate.Year;
        if (expirationDate.Month < grantDate.Month || (expirationDate.Month == grantDate.Month && expirationDate.Day < grantDate.Day)) years--;
        return Math.Max(years, 0);
    }

    /// <summary>Exact integer power; a 10-year term at 10% keeps 20 decimals, well inside decimal's 28 digits.</summary>
    public static decimal Power(decimal factor, int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++) result *= factor;
        return result;
    }
}
