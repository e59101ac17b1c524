using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Each named executive has at most three <c>years</c> (FF4105), listed from the latest down (FF4106), all within the
/// last three fiscal years ending with meeting.yaml's <c>fiscal_year</c> (FF4107).
/// </summary>
public sealed class SummaryCompensationYearsCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "meeting.fiscal_year", "summary-compensation.officers.person", "summary-compensation.officers.years.year", "people.people.name",
    ];

    public const int MaximumYears = 3;

    public void Run(CheckContext context)
    {
        // Without a fiscal year there is no range to check the years against; a profile without one has no such table.
        if (context.Values.File("meeting").Number("fiscal_year") is not { } last) return;
        var first = last - MaximumYears + 1;
        foreach (var officer in context.Values.File("summary-compensation").Objects("officers"))
            Years(context, officer, context.NameOf(officer.Text("person") ?? ""), first, last);
    }

    private static void Years(CheckContext context, ObjectValue officer, string name, decimal first, decimal last)
    {
        var years = officer.Objects("years");
        if (years.Count > MaximumYears)
            context.Report(CheckDiagnostics.TooManyCompensationYears, officer, "years", name, years.Count);
        for (var i = 0; i < years.Count; i++)
        {
            var year = years[i].Number("year");
            var previous = i > 0 ? years[i - 1].Number("year") : null;
            if (year >= previous)
                context.Report(CheckDiagnostics.CompensationYearsNotDescending, years[i], "year", name, year, previous);
            if (year < first || year > last)
                context.Report(CheckDiagnostics.CompensationYearOutOfRange, years[i], "year", name, year, first, last);
        }
    }
}
