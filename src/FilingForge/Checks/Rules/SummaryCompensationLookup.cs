using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The Summary Compensation Table of the 2022 form by person and year, for the rules that compare another table with
/// it: an executive's row for a year, and whether a group of officers has one.
/// </summary>
internal sealed class SummaryCompensationLookup(ObjectValue table)
{
    private readonly IReadOnlyList<ObjectValue> _executives = table.Objects("executives");

    public static readonly string[] Reads =
    [
        "summary-compensation.executives.person", "summary-compensation.executives.years.year",
    ];

    /// <summary>Whether every one of the officers has a row of <paramref name="year"/> (the table covers three years; Pay versus Performance up to five).</summary>
    public bool Covers(IReadOnlyList<string> officers, decimal year) => officers.Count > 0 && officers.All(o => Row(o, year) is not null);

    /// <summary>The person's row for the year, or null.</summary>
    public ObjectValue? Row(string person, decimal year) => ExecutiveRows.Find(_executives, person, year);
}
