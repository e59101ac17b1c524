using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Pay versus Performance takes each group's totals and deductions from the Summary Compensation Table while that
/// table has a row of the year for every officer of the group (the profile's <c>executives_cover</c>); it covers three
/// years, Pay versus Performance up to five. A group it does not cover (a year after a roll-forward, a former officer in
/// an average) must state them as last year's table printed them, or the reconciliation would start from nothing
/// (FF2429, at the year).
/// </summary>
public sealed class PayVersusPerformanceYearsCheck : ICheck
{
    private static readonly string[] Stated = ["stated_summary_compensation_total", "stated_equity_awards_reported"];

    public IReadOnlyList<string> Reads { get; } =
    [
        .. SummaryCompensationLookup.Reads,
        "pay-versus-performance.years.year", "pay-versus-performance.years.peo.officers", "pay-versus-performance.years.other_neos.officers",
        "pay-versus-performance.years.peo.stated_summary_compensation_total",
        "pay-versus-performance.years.peo.stated_equity_awards_reported", "pay-versus-performance.years.other_neos.stated_summary_compensation_total",
        "pay-versus-performance.years.other_neos.stated_equity_awards_reported",
    ];

    public void Run(CheckContext context)
    {
        var table = new SummaryCompensationLookup(context.Values.File("summary-compensation"));
        foreach (var year in context.Values.File("pay-versus-performance").Objects("years"))
        {
            if (year.Number("year") is not { } fiscalYear) continue;
            var missing = new[] { "peo", "other_neos" }
                .Where(group => year.Object(group) is { } figures && !table.Covers(figures.Texts("officers"), fiscalYear))
                .SelectMany(group => Stated.Where(key => year.Object(group)!.Number(key) is null).Select(key => $"{group}.{key}"))
                .ToList();
            if (missing.Count > 0)
                context.Report(CheckDiagnostics.PayVersusPerformanceYearNotStated, year, "year", fiscalYear, string.Join(", ", missing));
        }
    }
}
