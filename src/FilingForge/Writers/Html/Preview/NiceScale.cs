namespace FilingForge.Writers.Html.Preview;

/// <summary>
/// A value axis with round tick steps (1, 2, 2.5 or 5 times a power of ten) that covers the data and zero, so a
/// chart of indexed returns reads $0, $20, … $120 rather than arbitrary numbers.
/// </summary>
public sealed record NiceScale(double Minimum, double Maximum, double Step)
{
    public static NiceScale Covering(IEnumerable<double> values, int targetTicks = 5)
    {
        var list = values.Where(double.IsFinite).ToList();
        var low = Math.Min(0, list.Count == 0 ? 0 : list.Min());
        var high = Math.Max(0, list.Count == 0 ? 1 : list.Max());
        if (high - low < 1e-9) high = low + 1;
        var step = NiceStep((high - low) / Math.Max(1, targetTicks));
        return new NiceScale(Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
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
