using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// A director's "director since" year lies from 1900 to the meeting year (FF3302), and a chairman's "chairman since"
/// date is not after the meeting (FF3303).
/// </summary>
public sealed class DirectorDatesCheck : ICheck
{
    public const int EarliestYear = 1900;

    public void Run(CheckContext context)
    {
        var meeting = context.Filing.Meeting;
        foreach (var d in context.Filing.Directors.Directors)
        {
            if (d.DirectorSince < EarliestYear || d.DirectorSince > meeting.MeetingYear)
                context.Report(CheckDiagnostics.ImplausibleDirectorSince, d, nameof(Director.DirectorSince), context.NameOf(d.Person), d.DirectorSince, meeting.MeetingYear);
            if (d.ChairmanSince is { } since && since > meeting.Date)
                context.Report(CheckDiagnostics.ImplausibleChairmanSince, d, nameof(Director.ChairmanSince), context.NameOf(d.Person), since, meeting.Date);
        }
    }
}
