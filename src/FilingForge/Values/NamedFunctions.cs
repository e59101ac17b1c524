namespace FilingForge.Values;

/// <summary>
/// The functions a profile's expressions may call for what an expression cannot say, each the Compute stage's own
/// figure, so a declared figure and the code agree by construction.
/// </summary>
internal static class NamedFunctions
{
    /// <summary>
    /// <c>percent_of_class(shares, acquirable_within_60_days, shares_outstanding, percent_basis)</c>: exact percent
    /// units under Rule 13d-3(d)(1), or on shares outstanding alone (<see cref="Computation.PercentOfClass"/>); a
    /// figure rounds it with <c>round:</c>.
    /// </summary>
    public static decimal PercentOfClass(object? shares, object? acquirable, object? outstanding, object? basis) =>
        Computation.PercentOfClass.Exact(Number(shares, 1), Number(acquirable, 2), Number(outstanding, 3), Computation.PercentOfClass.BasisOf(basis as string));

    private static decimal Number(object? value, int position) => value switch
    {
        decimal d => d,
        int or long or double => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ExpressionEvaluationException($"argument {position} is {value ?? "nothing"}, not a number"),
    };
}
