using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The performance graph has one value per period in every series (FF2301), each series starts above zero so it can
/// be indexed to the initial investment (FF2302), and periods run forward in time (FF2303).
/// </summary>
public sealed class PerformanceGraphCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var graph = context.Filing.PerformanceGraph;
        foreach (var series in graph.Series)
        {
            if (series.Values.Count != graph.Periods.Count)
                context.Report(CheckDiagnostics.SeriesLengthMismatch, series, nameof(PerformanceSeries.Values), series.Key, series.Values.Count, graph.Periods.Count);
            if (series.Values.Count > 0 && series.Values[0] <= 0m)
                context.ReportItem(CheckDiagnostics.SeriesBaseNotPositive, series, nameof(PerformanceSeries.Values), 0, series.Key, series.Values[0]);
        }

        for (var i = 1; i < graph.Periods.Count; i++)
            if (graph.Periods[i] <= graph.Periods[i - 1])
                context.ReportItem(CheckDiagnostics.PeriodsNotAscending, graph, nameof(PerformanceGraphFile.Periods), i, graph.Periods[i], graph.Periods[i - 1]);
    }
}
