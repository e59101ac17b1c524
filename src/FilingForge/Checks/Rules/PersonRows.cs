using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Two tables of the named executive officers compared by <c>person</c>: each row of one whose person has no row in the
/// other is FF3110 at that person, for the rules of either form that hold the officers' tables to one another.
/// </summary>
internal static class PersonRows
{
    public static void ReportMissing(CheckContext context, IReadOnlyList<ObjectValue> rows, string table, IReadOnlyList<ObjectValue> other, string otherTable)
    {
        var present = other.Select(Person).ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => !present.Contains(Person(r))))
            context.Report(CheckDiagnostics.NamedExecutiveTablesDiffer, row, "person", context.NameOf(Person(row)), table, otherTable);
    }

    private static string Person(ObjectValue row) => row.Text("person") ?? "";
}
