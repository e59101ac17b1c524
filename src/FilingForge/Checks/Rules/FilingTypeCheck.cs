using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Rule 14a-6 and Schedule 14A Item 1(b), kept simple:
/// <list type="bullet">
/// <item>FF4101 (info): a definitive filing with a matter outside Rule 14a-6(a)'s routine list (election, auditor
/// ratification, compensation plans, stockholder proposals), such as a charter amendment or any <c>other</c> matter,
/// needs a preliminary proxy statement filed at least ten calendar days earlier. The data cannot show whether that
/// happened (the seed's reverse split was filed preliminary first), so this is a reminder, not a warning.</item>
/// <item>FF4102 (warning): a definitive filing states the date it is first sent to holders (Schedule 14A Item 1(b)),
/// from <c>mailing_date</c>. A preliminary or confidential filing may leave it blank ("April ____, 2003", as the
/// seed does): Rule 14a-6(d) wants the intended release date with the filing, not in the document. Additional and
/// soliciting materials are not checked.</item>
/// </list>
/// </summary>
public sealed class FilingTypeCheck : ICheck
{
    private static readonly ProposalKind[] Routine =
        [ProposalKind.Election, ProposalKind.AuditorRatification, ProposalKind.CompensationPlan, ProposalKind.StockholderProposal];

    public void Run(CheckContext context)
    {
        var meeting = context.Filing.Meeting;
        if (meeting.FilingType == FilingType.Definitive)
            foreach (var proposal in context.Filing.Proposals.Proposals.Where(p => !Routine.Contains(p.Kind)))
                context.Report(CheckDiagnostics.PreliminaryFilingRequired, proposal, nameof(Proposal.Kind), proposal.Number,
                    Loading.DataKeyNaming.ToDataKey(proposal.Kind.ToString()));

        if (meeting.FilingType == FilingType.Definitive && meeting.MailingDate is null)
            context.Report(CheckDiagnostics.MailingDateMissing, meeting, nameof(MeetingFile.FilingType),
                "definitive", "the date the proxy statement is first sent to holders (Schedule 14A Item 1(b))");
    }
}
