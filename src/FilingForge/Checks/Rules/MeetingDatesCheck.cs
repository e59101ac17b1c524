using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The meeting's dates are in order (FF3306): the fiscal year ends before the meeting, the record date comes before
/// the meeting, and so do the notice and mailing dates, the ownership table's date and the electronic voting deadline
/// (which may fall on the meeting day); next year's stockholder proposal deadline comes after the meeting. Shares
/// outstanding do not exceed the shares the charter authorizes (FF2110). The stated years agree with their dates
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

        Before(context, context.Filing.BeneficialOwnership, nameof(BeneficialOwnershipFile.AsOf), "beneficial ownership as_of", context.Filing.BeneficialOwnership.AsOf, "the meeting on", m.Date);
        var voting = m.ElectronicVotingDeadline;
        Before(context, voting, nameof(VotingDeadline.Date), "electronic_voting_deadline", voting.Date, "the day after the meeting", m.Date.AddDays(1));
        if (m.StockholderProposalDeadline is { } deadline && deadline <= m.Date)
            context.Report(CheckDiagnostics.DateOrder, m, nameof(MeetingFile.StockholderProposalDeadline), "the meeting", m.Date, "stockholder_proposal_deadline", deadline);

        if (m.SharesOutstanding > context.Filing.Company.CommonSharesAuthorized)
            context.Report(CheckDiagnostics.OutstandingExceedsAuthorized, m, nameof(MeetingFile.SharesOutstanding), m.SharesOutstanding, context.Filing.Company.CommonSharesAuthorized);

        if (m.MeetingYear != m.Date.Year)
            context.Report(CheckDiagnostics.YearMismatch, m, nameof(MeetingFile.MeetingYear), "meeting_year", m.MeetingYear, "the meeting date", m.Date);
        if (m.FiscalYear != m.FiscalYearEnd.Year)
            context.Report(CheckDiagnostics.YearMismatch, m, nameof(MeetingFile.FiscalYear), "fiscal_year", m.FiscalYear, "fiscal_year_end", m.FiscalYearEnd);
    }

    private static void Before(CheckContext context, ModelNode m, string property, string name, DateOnly date, string laterName, DateOnly later)
    {
        if (date >= later) context.Report(CheckDiagnostics.DateOrder, m, property, name, date, laterName, later);
    }
}
