namespace FilingForge.Computation;

/// <summary>
/// Cumulative total return indexed to the initial investment (Item 201(e)): value_t / value_0 × initial investment,
/// computed exactly in <c>decimal</c> and rounded half away from zero to whole dollars. Every series therefore starts
/// at the initial investment ($100 by convention). A series whose first value is not positive (Check reports it,
/// FF2302) indexes to zeros rather than dividing by zero.
/// </summary>
public static class IndexedReturn
{
    public static IReadOnlyList<decimal> Of(IReadOnlyList<decimal> values, decimal initialInvestment)
    {
        if (values.Count == 0) return [];
        return values.Select(v => At(v, values[0], initialInvestment)).ToArray();
    }

    /// <summary>One period's value indexed to the first's; zero when the first is not positive.</summary>
    public static decimal At(decimal value, decimal firstValue, decimal initialInvestment) =>
        firstValue <= 0m ? 0m : Rounding.ToWholeDollars(value / firstValue * initialInvestment);
}
