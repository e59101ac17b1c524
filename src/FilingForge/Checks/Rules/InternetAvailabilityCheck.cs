using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Notice and access (Rule 14a-16(a)): the Notice of Internet Availability is sent at least 40 calendar days before the
/// meeting (FF4116, at the notice's date), and the record date comes before both.
/// </summary>
public sealed class InternetAvailabilityCheck : ICheck
{
    /// <summary>Rule 14a-16(a)(1): the notice goes out 40 calendar days or more before the meeting date.</summary>
    public const int MinimumDays = 40;

    public IReadOnlyList<string> Reads { get; } = ["meeting.date", "meeting.record_date", "meeting.internet_availability.notice_date"];

    public void Run(CheckContext context)
    {
        var meeting = context.Values.File("meeting");
        if (meeting.Date("date") is not { } date || meeting.Object("internet_availability") is not { } notice || notice.Date("notice_date") is not { } sent) return;
        var days = date.DayNumber - sent.DayNumber;
        if (days < MinimumDays)
            context.Report(CheckDiagnostics.InternetAvailabilityTooLate, notice, "notice_date", sent, date, days, MinimumDays);
        if (meeting.Date("record_date") is { } record && record > sent)
            context.Report(CheckDiagnostics.InternetAvailabilityBeforeRecordDate, notice, "notice_date", sent, record);
    }
}
