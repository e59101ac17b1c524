using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Pay versus Performance (Item 402(v)) starts from the Summary Compensation Table: for every year that table covers,
/// the PEO's total, stock and option awards and change in pension value are the table's (FF2420-FF2422), and the other
/// NEOs' figures are the averages of their rows, rounded to the dollar half away from zero as the table prints them.
/// A year the table does not cover (Pay versus Performance reaches back five years, the table three) is not checked,
/// and neither is an average whose named executives are not all in the table for that year. The pay ratio's CEO total
/// is the PEO's total for the fiscal year (FF2412).
/// </summary>
public sealed class PayVersusPerformanceCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        .. SummaryCompensationLookup.Reads,
        "pay-versus-performance.years.year", "pay-versus-performance.years.other_neo_names",
        "pay-versus-performance.years.peo.summary_compensation_total", "pay-versus-performance.years.peo.equity_awards_reported",
        "pay-versus-performance.years.peo.pension_value_reported",
        "pay-versus-performance.years.other_neos.summary_compensation_total", "pay-versus-performance.years.other_neos.equity_awards_reported",
        "pay-versus-performance.years.other_neos.pension_value_reported",
        "pay-ratio.ceo_total_compensation", "meeting.fiscal_year", "people.people.name",
    ];

    public void Run(CheckContext context)
    {
        var table = new SummaryCompensationLookup(context.Values.File("summary-compensation"));
        foreach (var year in context.Values.File("pay-versus-performance").Objects("years"))
            if (year.Number("year") is { } fiscalYear && table.Covers(fiscalYear))
                Year(context, table, year, fiscalYear);
        PayRatio(context, table);
    }

    private static void Year(CheckContext context, SummaryCompensationLookup table, ObjectValue year, decimal fiscalYear)
    {
        if (table.PrincipalExecutive(fiscalYear) is not { } peo)
        {
            context.Report(CheckDiagnostics.PayVersusPerformanceNoPeo, year, "year", fiscalYear);
            return;
        }

        if (year.Object("peo") is { } peoFigures)
            Compare(context, peoFigures, $"{context.NameOf(peo.Person)} (PEO)", fiscalYear, [peo.Year], "");

        var others = year.Texts("other_neo_names").Select(id => table.Row(id, fiscalYear)).ToList();
        if (year.Object("other_neos") is { } average && others.Count > 0 && others.All(row => row is not null))
            Compare(context, average, "other NEOs' average", fiscalYear, others!, $" (the average of {others.Count}, rounded to the dollar)");
    }

    /// <summary>Each figure Pay versus Performance takes from the Summary Compensation Table, against the rows' average.</summary>
    private static void Compare(CheckContext context, ObjectValue figures, string who, decimal year, IReadOnlyList<ObjectValue> rows, string how)
    {
        Check(context, figures, "summary_compensation_total", AverageOf(rows, "total"), CheckDiagnostics.PayVersusPerformanceTotal, who, year, how);
        Check(context, figures, "equity_awards_reported", AverageOf(rows, "equity_awards"), CheckDiagnostics.PayVersusPerformanceEquityAwards, who, year, how);
        Check(context, figures, "pension_value_reported", AverageOf(rows, "pension_value_change"), CheckDiagnostics.PayVersusPerformancePension, who, year, how);
    }

    private static void Check(CheckContext context, ObjectValue figures, string key, decimal expected, Diagnostics.DiagnosticDescriptor descriptor,
        string who, decimal year, string how)
    {
        var stated = figures.Number(key) ?? 0m;
        if (stated != expected) context.Report(descriptor, figures, key, who, year, stated, expected, how);
    }

    private static decimal AverageOf(IReadOnlyList<ObjectValue> rows, string key) =>
        Math.Round(rows.Sum(r => r.Number(key) ?? 0m) / rows.Count, 0, MidpointRounding.AwayFromZero);

    private static void PayRatio(CheckContext context, SummaryCompensationLookup table)
    {
        var ratio = context.Values.File("pay-ratio");
        if (ratio.Number("ceo_total_compensation") is not { } stated || context.Values.File("meeting").Number("fiscal_year") is not { } fiscalYear) return;
        if (table.PrincipalExecutive(fiscalYear) is not { } peo) return;
        var total = peo.Year.Number("total") ?? 0m;
        if (stated != total)
            context.Report(CheckDiagnostics.PayRatioCeoTotal, ratio, "ceo_total_compensation", stated, context.NameOf(peo.Person), total, fiscalYear);
    }
}
