namespace FilingForge.Writers.Pdf.Layout;

/// <summary>
/// Column widths from content and weights: when every column's natural width fits, each gets it plus a weighted share of
/// the rest; otherwise each gets its weighted share, raised to its longest word and paid for by the columns with room.
/// </summary>
public static class TableColumnWidths
{
    public static double[] Compute(IReadOnlyList<double> minimum, IReadOnlyList<double> natural, IReadOnlyList<double> weights, double available)
    {
        var n = weights.Count;
        if (n == 0) return [];
        var weightSum = weights.Sum(w => Math.Max(w, 0.01));
        double Share(int c) => Math.Max(weights[c], 0.01) / weightSum;
        var naturalSum = natural.Sum();
        if (naturalSum <= available)
            return Enumerable.Range(0, n).Select(c => natural[c] + (available - naturalSum) * Share(c)).ToArray();

        var widths = Enumerable.Range(0, n).Select(c => Math.Max(available * Share(c), minimum[c])).ToArray();
        var excess = widths.Sum() - available;
        var slack = Enumerable.Range(0, n).Sum(c => widths[c] - minimum[c]);
        if (excess > 0 && slack > 0)
        {
            var cut = Math.Min(1, excess / slack);
            for (var c = 0; c < n; c++) widths[c] -= (widths[c] - minimum[c]) * cut;
        }

        var total = widths.Sum();
        if (total > available) for (var c = 0; c < n; c++) widths[c] *= available / total;
        return widths;
    }
}
