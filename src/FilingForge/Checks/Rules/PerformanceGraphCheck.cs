using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The performance graph has one value per period in every series (FF2301), each series starts above zero so it can
/// be indexed to the initial investment (FF2302), and periods run forward in time (FF2303).
/// </summary>
public sealed class PerformanceGraphCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } = ["performance-graph.periods", "performance-graph.series.key", "performance-graph.series.values"];

    public void Run(CheckContext context)
    {
        var graph = context.Values.File("performance-graph");
        var periods = graph.Dates("periods");
        foreach (var series in graph.Objects("series"))
            Series(context, series, periods.Count);

        for (var i = 1; i < periods.Count; i++)
            if (periods[i] <= periods[i - 1])
                context.ReportItem(CheckDiagnostics.PeriodsNotAscending, graph, "periods", i, periods[i], periods[i - 1]);
    }

    private static void Series(CheckContext context, ObjectValue series, int periods)
    {
        var key = series.Text("key");
        var values = series.Numbers("values");
        if (values.Count != periods)
            context.Report(CheckDiagnostics.SeriesLengthMismatch, series, "values", key, values.Count, periods);
        if (values.Count > 0 && values[0] <= 0m)
            context.ReportItem(CheckDiagnostics.SeriesBaseNotPositive, series, "values", 0, key, values[0]);
    }

}
