using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The Summary Compensation Table of the 2022 form by person and year, for the rules that compare another table with
/// it: an executive's row for a year, and the principal executive officer's.
/// </summary>
internal sealed class SummaryCompensationLookup(ObjectValue table)
{
    private readonly IReadOnlyList<ObjectValue> _executives = table.Objects("executives");

    public static readonly string[] Reads =
    [
        "summary-compensation.executives.person", "summary-compensation.executives.principal_executive",
        "summary-compensation.executives.years.year", "summary-compensation.executives.years.total",
        "summary-compensation.executives.years.equity_awards", "summary-compensation.executives.years.pension_value_change",
        "summary-compensation.executives.years.stock_awards", "summary-compensation.executives.years.option_awards",
    ];

    /// <summary>Whether the table has a row for <paramref name="year"/> at all (it covers three years; Pay versus Performance up to five).</summary>
    public bool Covers(decimal year) => _executives.Any(e => YearOf(e, year) is not null);

    /// <summary>The person's row for the year, or null.</summary>
    public ObjectValue? Row(string person, decimal year) =>
        _executives.FirstOrDefault(e => e.Text("person") == person) is { } executive ? YearOf(executive, year) : null;

    /// <summary>The principal executive officer with a row for the year, and that row; null when none is marked.</summary>
    public (string Person, ObjectValue Year)? PrincipalExecutive(decimal year) =>
        _executives.Where(e => e.Flag("principal_executive"))
            .Select(e => (Person: e.Text("person") ?? "", Year: YearOf(e, year)))
            .Where(p => p.Year is not null)
            .Select(p => ((string, ObjectValue)?)(p.Person, p.Year!))
            .FirstOrDefault();

    private static ObjectValue? YearOf(ObjectValue executive, decimal year) =>
        executive.Objects("years").FirstOrDefault(y => y.Number("year") == year);
}
