using FilingForge.Document;

namespace FilingForge.Writers.Charts;

/// <summary>
/// The value axis of a chart with round tick steps (1, 2, 2.5 or 5 times a power of ten) that covers the data and
/// zero, so a chart of indexed returns reads $0, $20, … $100 rather than arbitrary numbers. Every writer draws
/// the axis from this one decision (<see cref="For"/>), so the PDF, the Word chart and the preview's SVG show the
/// same range and the same ticks instead of each picking its own (Word left alone would choose 0–120).
/// </summary>
public sealed record ChartScale(double Minimum, double Maximum, double Step)
{
    private const int TargetTicks = 5;

    /// <summary>The scale of <paramref name="chart"/>: the values drawn, which are those with a category.</summary>
    public static ChartScale For(Chart chart) =>
        Covering(chart.Series.SelectMany(s => s.Values.Take(chart.Categories.Count)).Select(v => (double)v));

    public static ChartScale Covering(IEnumerable<double> values, int targetTicks = TargetTicks)
    {
        var list = values.Where(double.IsFinite).ToList();
        var low = Math.Min(0, list.Count == 0 ? 0 : list.Min());
        var high = Math.Max(0, list.Count == 0 ? 1 : list.Max());
        if (high - low < 1e-9) high = low + 1;
        var step = NiceStep((high - low) / Math.Max(1, targetTicks));
        return new ChartScale(Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
    }

    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round((Maximum - Minimum) / Step);
        for (var i = 0; i <= count; i++) yield return Minimum + i * Step;
    }

    /// <summary>Where <paramref name="value"/> falls between 0 (the minimum) and 1 (the maximum).</summary>
    public double Fraction(double value) => (value - Minimum) / (Maximum - Minimum);

    private static double NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var normalized = rough / magnitude;
        var nice = normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 2.5 ? 2.5 : normalized <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
