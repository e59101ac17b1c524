using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The Summary Compensation Table's stock and option awards for the fiscal year are the grant-date fair values of the
/// awards the Grants of Plan-Based Awards table lists for that officer (Item 402(c)(2)(v)-(vi) and 402(d)): the time-based
/// and performance units together against Stock Awards (FF2424), the options against Option Awards (FF2425).
/// </summary>
public sealed class PlanBasedAwardValuesCheck : ICheck
{
    private static readonly string[] StockKinds = ["time_based_units", "performance_units"];

    public IReadOnlyList<string> Reads { get; } =
    [
        .. SummaryCompensationLookup.Reads,
        "summary-compensation.executives.years.stock_awards", "summary-compensation.executives.years.option_awards",
        "plan-based-awards.recipients.person", "plan-based-awards.recipients.awards.kind",
        "plan-based-awards.recipients.awards.grant_date_fair_value", "meeting.fiscal_year", "people.people.name",
    ];

    public void Run(CheckContext context)
    {
        if (context.Values.File("meeting").Number("fiscal_year") is not { } fiscalYear) return;
        var table = new SummaryCompensationLookup(context.Values.File("summary-compensation"));
        foreach (var recipient in context.Values.File("plan-based-awards").Objects("recipients"))
        {
            var person = recipient.Text("person") ?? "";
            if (table.Row(person, fiscalYear) is not { } row) continue;
            var awards = recipient.Objects("awards");
            Compare(context, recipient, row, "stock_awards", ValueOf(awards, StockKinds.Contains), CheckDiagnostics.GrantValuesStockAwards, fiscalYear);
            Compare(context, recipient, row, "option_awards", ValueOf(awards, kind => kind == "options"), CheckDiagnostics.GrantValuesOptionAwards, fiscalYear);
        }
    }

    private static decimal ValueOf(IReadOnlyList<ObjectValue> awards, Func<string, bool> kind) =>
        awards.Where(a => kind(a.Text("kind") ?? "")).Sum(a => a.Number("grant_date_fair_value") ?? 0m);

    private static void Compare(CheckContext context, ObjectValue recipient, ObjectValue row, string column, decimal granted,
        Diagnostics.DiagnosticDescriptor descriptor, decimal year)
    {
        var reported = row.Number(column) ?? 0m;
        if (reported != granted)
            context.Report(descriptor, row, column, context.NameOf(recipient.Text("person") ?? ""), year, reported, granted);
    }
}
