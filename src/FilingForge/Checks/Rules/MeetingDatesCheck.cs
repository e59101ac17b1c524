using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The meeting's dates are in order (FF3306): the fiscal year ends before the meeting, the record date comes before
/// the meeting, and the notice and mailing dates come before the meeting. The stated years agree with their dates
/// (FF3307): <c>meeting_year</c> is the meeting date's year and <c>fiscal_year</c> the fiscal year end's.
/// </summary>
public sealed class MeetingDatesCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var m = context.Filing.Meeting;
        Before(context, m, nameof(MeetingFile.FiscalYearEnd), "fiscal_year_end", m.FiscalYearEnd, "the meeting on", m.Date);
        Before(context, m, nameof(MeetingFile.RecordDate), "record_date", m.RecordDate, "the meeting on", m.Date);
        if (m.NoticeDate is { } notice) Before(context, m, nameof(MeetingFile.NoticeDate), "notice_date", notice, "the meeting on", m.Date);
        if (m.MailingDate is { } mailing) Before(context, m, nameof(MeetingFile.MailingDate), "mailing_date", mailing, "the meeting on", m.Date);

        if (m.MeetingYear != m.Date.Year)
            context.Report(CheckDiagnostics.YearMismatch, m, nameof(MeetingFile.MeetingYear), "meeting_year", m.MeetingYear, "the meeting date", m.Date);
        if (m.FiscalYear != m.FiscalYearEnd.Year)
            context.Report(CheckDiagnostics.YearMismatch, m, nameof(MeetingFile.FiscalYear), "fiscal_year", m.FiscalYear, "fiscal_year_end", m.FiscalYearEnd);
    }

    private static void Before(CheckContext context, MeetingFile m, string property, string name, DateOnly date, string laterName, DateOnly later)
    {
        if (date >= later) context.Report(CheckDiagnostics.DateOrder, m, property, name, date, laterName, later);
    }
}
