using FilingForge.Values;

namespace FilingForge.Computation;

/// <summary>
/// The rows of the summary compensation table, one per officer-year in file order (years descending, as Check
/// requires). All Other Compensation is <see cref="AllOtherCompensation.Of"/>; nothing else is derived or rounded.
/// </summary>
public static class SummaryCompensationRows
{
    public static IReadOnlyList<SummaryCompensationRow> Of(ObjectValue table, IReadOnlyDictionary<string, ObjectValue> people) =>
        table.Objects("officers")
            .SelectMany(officer => officer.Objects("years").Select((year, i) =>
                new SummaryCompensationRow(officer, people[officer.Text("person") ?? ""], year, i == 0, AllOtherCompensation.Of(year))))
            .ToArray();
}
