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
        Compare(context, officers, Compensation, recipients, Grants);
        Compare(context, officers, Compensation, holders, Exercises);
        Compare(context, recipients, Grants, officers, Compensation);
        Compare(context, holders, Exercises, officers, Compensation);
    }

    /// <summary>Reports each row of <paramref name="rows"/> whose <c>person</c> has no row in the other table, at that person.</summary>
    private static void Compare(CheckContext context, IReadOnlyList<ObjectValue> rows, string table, IReadOnlyList<ObjectValue> other, string otherTable)
    {
        var present = other.Select(Person).ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => !present.Contains(Person(r))))
            context.Report(CheckDiagnostics.NamedExecutiveTablesDiffer, row, "person", context.NameOf(Person(row)), table, otherTable);
    }

    private static string Person(ObjectValue row) => row.Text("person") ?? "";
}
