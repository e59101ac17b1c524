using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Item 403(b)'s group line is "all directors and executive officers as a group": every member is a director or an
/// executive officer, and every director and executive officer is a member (FF3111, warning; a former officer who
/// still appears as a named executive is not a current officer and need not be in the group).
/// </summary>
public sealed class OwnershipGroupCompositionCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var f = context.Filing;
        var group = f.BeneficialOwnership.Group;
        var current = f.Directors.Directors.Select(d => d.Person).Concat(f.ExecutiveOfficers.Officers.Select(o => o.Person))
            .ToHashSet(StringComparer.Ordinal);
        var members = group.Members.ToHashSet(StringComparer.Ordinal);

        for (var i = 0; i < group.Members.Count; i++)
            if (!current.Contains(group.Members[i]))
                context.ReportItem(CheckDiagnostics.GroupComposition, group, nameof(OwnershipGroup.Members), i, context.NameOf(group.Members[i]),
                    "is in the ownership group but is neither a director (directors.yaml) nor an executive officer (executive-officers.yaml)");

        foreach (var d in f.Directors.Directors.Where(d => !members.Contains(d.Person)))
            context.Report(CheckDiagnostics.GroupComposition, group, nameof(OwnershipGroup.Members), context.NameOf(d.Person), "is a director but not in the ownership group");
        foreach (var o in f.ExecutiveOfficers.Officers.Where(o => !members.Contains(o.Person)))
            context.Report(CheckDiagnostics.GroupComposition, group, nameof(OwnershipGroup.Members), context.NameOf(o.Person), "is an executive officer but not in the ownership group");
    }
}
