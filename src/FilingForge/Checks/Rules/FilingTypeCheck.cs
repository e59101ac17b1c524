using FilingForge.Values;

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
    public IReadOnlyList<string> Reads { get; } =
    [
        "meeting.filing_type", "meeting.mailing_date", "proposals.proposals.number", "proposals.proposals.kind",
    ];

    /// <summary>
    /// The <c>ProposalKind</c> values Rule 14a-6(a) exempts from a preliminary filing (not "routine" in the brokers'
    /// sense of NYSE Rule 452): the election, the auditor, a compensation or equity plan, a Rule 14a-8 proposal, and
    /// since 2011 the say-on-pay votes of Rule 14a-21 (and its frequency).
    /// A kind a profile does not declare never occurs, so one list serves every form.
    /// </summary>
    private static readonly string[] ExemptFromPreliminaryFiling =
        ["election", "auditor_ratification", "compensation_plan", "equity_plan", "stockholder_proposal", "say_on_pay", "say_on_pay_frequency"];

    public void Run(CheckContext context)
    {
        var meeting = context.Values.File("meeting");
        if (meeting.Text("filing_type") != "definitive") return;
        foreach (var proposal in context.Values.File("proposals").Objects("proposals"))
            if (proposal.Text("kind") is { } kind && !ExemptFromPreliminaryFiling.Contains(kind, StringComparer.Ordinal))
                context.Report(CheckDiagnostics.PreliminaryFilingRequired, proposal, "kind", proposal.Number("number"), kind);

        if (meeting.Date("mailing_date") is null)
            context.Report(CheckDiagnostics.MailingDateMissing, meeting, "filing_type",
                "definitive", "the date the proxy statement is first sent to holders (Schedule 14A Item 1(b))");
    }
}
