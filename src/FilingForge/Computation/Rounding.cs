namespace FilingForge.Computation;

/// <summary>
/// The two rounding rules of the filing, in one place so every figure rounds the same way.
/// Both round half away from zero (<see cref="MidpointRounding.AwayFromZero"/>), as accountants and printers do,
/// never to even: 0.125% prints as 0.13%, $0.50 as $1.
/// </summary>
public static class Rounding
{
    /// <summary>Whole dollars, half away from zero.</summary>
    public static decimal ToWholeDollars(decimal amount) => Math.Round(amount, 0, MidpointRounding.AwayFromZero);

    /// <summary>A percentage (in percent units) to two decimals, half away from zero.</summary>
    public static decimal ToPercent(decimal percent) => Math.Round(percent, 2, MidpointRounding.AwayFromZero);

    /// <summary>A percentage to the number of decimals of a value as written (2.6 → one decimal), half away from zero.</summary>
    public static decimal ToScaleOf(decimal percent, decimal written) =>
        Math.Round(percent, Math.Min((int)written.Scale, 28), MidpointRounding.AwayFromZero);
}
