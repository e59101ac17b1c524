using FilingForge.Model;

namespace FilingForge.Computation;

/// <summary>
/// The rows of the summary compensation table, one per officer-year in file order (years descending, as Check
/// requires). All Other Compensation is <see cref="AllOtherCompensation.Of"/>; nothing else is derived or rounded.
/// </summary>
public static class SummaryCompensationRows
{
    public static IReadOnlyList<SummaryCompensationRow> Of(SummaryCompensationFile table, IReadOnlyDictionary<string, Person> people) =>
        table.Officers
            .SelectMany(officer => officer.Years.Select((year, i) =>
                new SummaryCompensationRow(officer, people[officer.Person], year, i == 0, AllOtherCompensation.Of(year))))
            .ToArray();
}
