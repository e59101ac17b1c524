using FilingForge.Diagnostics;
using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// A committee's chair is one of its members (FF3106), every member is a director (FF3112), and the committee
/// reports name committees that exist (FF3107).
/// </summary>
public sealed class CommitteeCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "committees.committees.id", "committees.committees.chair", "committees.committees.members", "directors.directors.person", "people.people.id",
        "people.people.name", "reports.audit_committee.committee", "reports.compensation_committee.committee",
    ];

    /// <summary>The fields of reports.yaml that hold a committee's report, each naming its committee.</summary>
    private static readonly string[] ReportKeys = ["audit_committee", "compensation_committee"];

    public void Run(CheckContext context)
    {
        var committees = context.Values.File("committees").Objects("committees");
        ChairsAreMembers(context, committees);
        MembersAreDirectors(context, committees);
        ReportsNameCommittees(context, committees);
    }

    private static void ChairsAreMembers(CheckContext context, IReadOnlyList<ObjectValue> committees)
    {
        foreach (var committee in committees)
        {
            var members = committee.Texts("members");
            if (committee.Text("chair") is not { } chair || members.Contains(chair, StringComparer.Ordinal)) continue;
            context.Report(CheckDiagnostics.ChairNotMember, committee, "chair", committee.Text("id"), chair, string.Join(", ", members));
        }
    }

    private static void MembersAreDirectors(CheckContext context, IReadOnlyList<ObjectValue> committees)
    {
        var directors = context.Values.File("directors").Objects("directors").Select(d => d.Text("person")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var committee in committees)
        {
            var members = committee.Texts("members");
            // An unknown id is UnknownPersonCheck's (FF3101); saying it is no director would only repeat it.
            for (var i = 0; i < members.Count; i++)
                if (!directors.Contains(members[i]) && context.PersonValues.ContainsKey(members[i]))
                    context.ReportItem(CheckDiagnostics.CommitteeMemberNotDirector, committee, "members", i, context.NameOf(members[i]), committee.Text("id"));
        }
    }

    private static void ReportsNameCommittees(CheckContext context, IReadOnlyList<ObjectValue> committees)
    {
        var ids = committees.Select(c => c.Text("id")).OfType<string>().ToArray();
        var reports = context.Values.File("reports");
        foreach (var report in ReportKeys.Select(reports.Object).OfType<ObjectValue>())
        {
            if (report.Text("committee") is not { } name || ids.Contains(name, StringComparer.Ordinal)) continue;
            context.Report(CheckDiagnostics.UnknownCommittee, report, "committee", name, string.Join(", ", ids) + NameSuggestion.DidYouMean(name, ids));
        }
    }
}
