using FilingForge.Model;

namespace FilingForge.Computation;

/// <summary>
/// Cumulative total return indexed to the initial investment (Item 201(e)): value_t / value_0 × initial investment,
/// computed exactly in <c>decimal</c> and rounded half away from zero to whole dollars. Every series therefore starts
/// at the initial investment ($100 by convention). A series whose first value is not positive (Check reports it,
/// FF2302) indexes to zeros rather than dividing by zero.
/// </summary>
public static class IndexedReturn
{
    public static IReadOnlyList<decimal> Of(PerformanceSeries series, decimal initialInvestment)
    {
        if (series.Values.Count == 0 || series.Values[0] <= 0m) return series.Values.Select(_ => 0m).ToArray();
        var baseValue = series.Values[0];
        return series.Values.Select(v => Rounding.ToWholeDollars(v / baseValue * initialInvestment)).ToArray();
    }
}
