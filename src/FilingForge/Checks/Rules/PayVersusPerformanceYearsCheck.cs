using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Pay versus Performance takes each year's totals and deductions from the Summary Compensation Table while that table
/// covers the year; it covers three, Pay versus Performance up to five. A year it no longer covers (after a
/// roll-forward, for instance) must state them as last year's table printed them, or the reconciliation would start
/// from nothing (FF2429, at the year).
/// </summary>
public sealed class PayVersusPerformanceYearsCheck : ICheck
{
    private static readonly string[] Stated = ["stated_summary_compensation_total", "stated_equity_awards_reported"];

    public IReadOnlyList<string> Reads { get; } =
    [
        .. SummaryCompensationLookup.Reads,
        "pay-versus-performance.years.year", "pay-versus-performance.years.peo.stated_summary_compensation_total",
        "pay-versus-performance.years.peo.stated_equity_awards_reported", "pay-versus-performance.years.other_neos.stated_summary_compensation_total",
        "pay-versus-performance.years.other_neos.stated_equity_awards_reported",
    ];

    public void Run(CheckContext context)
    {
        var table = new SummaryCompensationLookup(context.Values.File("summary-compensation"));
        foreach (var year in context.Values.File("pay-versus-performance").Objects("years"))
        {
            if (year.Number("year") is not { } fiscalYear || table.Covers(fiscalYear)) continue;
            var missing = new[] { "peo", "other_neos" }
                .SelectMany(group => Stated.Where(key => year.Object(group)?.Number(key) is null).Select(key => $"{group}.{key}"))
                .ToList();
            if (missing.Count > 0)
                context.Report(CheckDiagnostics.PayVersusPerformanceYearNotStated, year, "year", fiscalYear, string.Join(", ", missing));
        }
    }
}
