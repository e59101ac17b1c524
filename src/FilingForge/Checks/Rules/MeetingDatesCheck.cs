using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The meeting's dates are in order (FF3306): the fiscal year ends before the meeting, the record date comes before
/// the meeting, and so do the notice and mailing dates, the ownership table's date and the electronic voting deadline
/// (which may fall on the meeting day); next year's stockholder proposal deadline comes after the meeting. The stated
/// years agree with their dates (FF3307): <c>meeting_year</c> is the meeting date's year and <c>fiscal_year</c> the
/// fiscal year end's. (Shares outstanding within the authorized, FF2110, is a tie-out of the profile.)
/// A date or figure the filing leaves out (a draft's notice date, a field its profile lacks) is not compared.
/// </summary>
public sealed class MeetingDatesCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "meeting.date", "meeting.fiscal_year_end", "meeting.record_date", "meeting.notice_date", "meeting.mailing_date", "beneficial-ownership.as_of",
        "meeting.electronic_voting_deadline.date", "meeting.stockholder_proposal_deadline", "meeting.meeting_year", "meeting.fiscal_year",
    ];

    /// <summary>The dates of <c>meeting.yaml</c> that come before the meeting, each named by its key.</summary>
    private static readonly string[] EarlierDates = ["fiscal_year_end", "record_date", "notice_date", "mailing_date"];

    public void Run(CheckContext context)
    {
        var meeting = context.Values.File("meeting");
        if (meeting.Date("date") is { } date) DatesBeforeMeeting(context, meeting, date);
        YearOf(context, meeting, "meeting_year", "date", "the meeting date");
        YearOf(context, meeting, "fiscal_year", "fiscal_year_end", "fiscal_year_end");
    }

    private static void DatesBeforeMeeting(CheckContext context, ObjectValue meeting, DateOnly date)
    {
        foreach (var key in EarlierDates) Before(context, meeting, key, key, "the meeting on", date);
        Before(context, context.Values.File("beneficial-ownership"), "as_of", "beneficial ownership as_of", "the meeting on", date);
        // Internet and telephone votes may be cast until the meeting day itself.
        if (meeting.Object("electronic_voting_deadline") is { } voting)
            Before(context, voting, "date", "electronic_voting_deadline", "the day after the meeting", date.AddDays(1));
        if (meeting.Date("stockholder_proposal_deadline") is { } deadline && deadline <= date)
            context.Report(CheckDiagnostics.DateOrder, meeting, "stockholder_proposal_deadline", "the meeting", date, "stockholder_proposal_deadline", deadline);
    }

    /// <summary>FF3307 at <paramref name="yearKey"/> when it is not the year of the date at <paramref name="dateKey"/>.</summary>
    private static void YearOf(CheckContext context, ObjectValue meeting, string yearKey, string dateKey, string dateName)
    {
        if (meeting.Number(yearKey) is { } year && meeting.Date(dateKey) is { } date && year != date.Year)
            context.Report(CheckDiagnostics.YearMismatch, meeting, yearKey, yearKey, year, dateName, date);
    }

    /// <summary>FF3306 at <paramref name="key"/> when its date is not before <paramref name="later"/>.</summary>
    private static void Before(CheckContext context, ObjectValue item, string key, string name, string laterName, DateOnly later)
    {
        if (item.Date(key) is { } date && date >= later) context.Report(CheckDiagnostics.DateOrder, item, key, name, date, laterName, later);
    }
}
