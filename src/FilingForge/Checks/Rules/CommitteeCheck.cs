using FilingForge.Diagnostics;
using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// A committee's chair is one of its members (FF3106), every member is a director (FF3112), and the committee
/// reports name committees that exist (FF3107).
/// </summary>
public sealed class CommitteeCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var committees = context.Filing.Committees.Committees;
        foreach (var committee in committees.Where(c => !c.Members.Contains(c.Chair, StringComparer.Ordinal)))
            context.Report(CheckDiagnostics.ChairNotMember, committee, nameof(Committee.Chair), committee.Id, committee.Chair,
                string.Join(", ", committee.Members));

        var directors = context.Filing.Directors.Directors.Select(d => d.Person).ToHashSet(StringComparer.Ordinal);
        foreach (var committee in committees)
            for (var i = 0; i < committee.Members.Count; i++)
                if (!directors.Contains(committee.Members[i]) && context.People.ContainsKey(committee.Members[i]))
                    context.ReportItem(CheckDiagnostics.CommitteeMemberNotDirector, committee, nameof(Committee.Members), i, context.NameOf(committee.Members[i]), committee.Id);

        var ids = committees.Select(c => c.Id).ToArray();
        var reports = context.Filing.Reports;
        foreach (var report in new[] { reports.AuditCommittee, reports.CompensationCommittee })
        {
            if (ids.Contains(report.Committee, StringComparer.Ordinal)) continue;
            context.Report(CheckDiagnostics.UnknownCommittee, report, nameof(CommitteeReport.Committee), report.Committee,
                string.Join(", ", ids) + NameSuggestion.DidYouMean(report.Committee, ids));
        }
    }
}
