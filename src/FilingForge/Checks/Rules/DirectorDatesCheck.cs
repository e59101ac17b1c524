using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// A director's "director since" year lies from 1900 to the meeting year (FF3302), and a chairman's "chairman since"
/// date is not after the meeting (FF3303).
/// </summary>
public sealed class DirectorDatesCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "meeting.meeting_year", "meeting.date", "directors.directors.person", "directors.directors.director_since",
        "directors.directors.chairman_since", "people.people.name",
    ];

    public const int EarliestYear = 1900;

    public void Run(CheckContext context)
    {
        var meeting = context.Values.File("meeting");
        foreach (var d in context.Values.File("directors").Objects("directors"))
        {
            DirectorSince(context, d, meeting.Number("meeting_year"));
            ChairmanSince(context, d, meeting.Date("date"));
        }
    }

    // An unknown year or date (a director not standing again) compares as neither early nor late.
    private static void DirectorSince(CheckContext context, ObjectValue director, decimal? meetingYear)
    {
        var since = director.Number("director_since");
        if (since < EarliestYear || since > meetingYear)
            context.Report(CheckDiagnostics.ImplausibleDirectorSince, director, "director_since",
                context.NameOf(director.Text("person") ?? ""), since, meetingYear);
    }

    private static void ChairmanSince(CheckContext context, ObjectValue director, DateOnly? meetingDate)
    {
        if (director.Date("chairman_since") is { } since && since > meetingDate)
            context.Report(CheckDiagnostics.ImplausibleChairmanSince, director, "chairman_since",
                context.NameOf(director.Text("person") ?? ""), since, meetingDate);
    }
}
