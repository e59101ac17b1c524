using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The named executive officers are the same people in the summary compensation, option grants and option exercises
/// tables (FF3110, warning): Item 402 requires each table for each named executive, a "-0-" row included.
/// </summary>
public sealed class NamedExecutiveTablesCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "summary-compensation.officers.person", "option-grants.recipients.person", "option-exercises.holders.person", "people.people.name",
    ];

    private const string Compensation = "the summary compensation table";
    private const string Grants = "the option grants table";
    private const string Exercises = "the option exercises table";

    public void Run(CheckContext context)
    {
        var officers = context.Values.File("summary-compensation").Objects("officers");
        var recipients = context.Values.File("option-grants").Objects("recipients");
        var holders = context.Values.File("option-exercises").Objects("holders");
        PersonRows.ReportMissing(context, officers, Compensation, recipients, Grants);
        PersonRows.ReportMissing(context, officers, Compensation, holders, Exercises);
        PersonRows.ReportMissing(context, recipients, Grants, officers, Compensation);
        PersonRows.ReportMissing(context, holders, Exercises, officers, Compensation);
    }
}
