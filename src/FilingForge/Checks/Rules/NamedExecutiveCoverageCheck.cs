using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// In the 2022 form the named executive officers are the Summary Compensation Table's, and each has a row in the
/// tables Item 402 requires of every one of them: grants of plan-based awards, outstanding awards, option exercises
/// and stock vested, and potential payments; a person in any compensation table, pension and deferred compensation
/// included (which list only officers with a plan), is one of them (FF3110, warning, at the row).
/// </summary>
public sealed class NamedExecutiveCoverageCheck : ICheck
{
    private static readonly (string File, string List, string Table)[] EveryOfficer =
    [
        ("plan-based-awards", "recipients", "the grants of plan-based awards table"),
        ("outstanding-equity-awards", "holders", "the outstanding equity awards table"),
        ("stock-vested", "rows", "the option exercises and stock vested table"),
        ("termination-payments", "executives", "the potential payments table"),
    ];

    private static readonly (string File, string List, string Table)[] OfficersWithPlans =
    [
        ("pension-benefits", "rows", "the pension benefits table"),
        ("deferred-compensation", "holders", "the nonqualified deferred compensation table"),
    ];

    private const string Compensation = "the summary compensation table";

    public IReadOnlyList<string> Reads { get; } =
    [
        "summary-compensation.executives.person", "plan-based-awards.recipients.person", "outstanding-equity-awards.holders.person",
        "stock-vested.rows.person", "termination-payments.executives.person", "pension-benefits.rows.person",
        "deferred-compensation.holders.person", "people.people.name",
    ];

    public void Run(CheckContext context)
    {
        var officers = context.Values.File("summary-compensation").Objects("executives");
        foreach (var (file, list, table) in EveryOfficer)
            PersonRows.ReportMissing(context, officers, Compensation, context.Values.File(file).Objects(list), table);
        foreach (var (file, list, table) in EveryOfficer.Concat(OfficersWithPlans))
            PersonRows.ReportMissing(context, context.Values.File(file).Objects(list), table, officers, Compensation);
    }
}
