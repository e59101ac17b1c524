using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Item 403(b)'s group line is "all directors and executive officers as a group": every member is a director or an
/// executive officer, and every director and executive officer is a member (FF3111, warning; a former officer who
/// still appears as a named executive is not a current officer and need not be in the group).
/// </summary>
public sealed class OwnershipGroupCompositionCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "beneficial-ownership.group.members", "directors.directors.person", "executive-officers.officers.person", "people.people.name",
    ];

    public void Run(CheckContext context)
    {
        if (context.Values.File("beneficial-ownership").Object("group") is not { } group) return;
        var directors = PersonsOf(context.Values.File("directors"), "directors");
        var officers = PersonsOf(context.Values.File("executive-officers"), "officers");
        var current = directors.Concat(officers).ToHashSet(StringComparer.Ordinal);
        var members = group.Texts("members");

        for (var i = 0; i < members.Count; i++)
            if (!current.Contains(members[i]))
                context.ReportItem(CheckDiagnostics.GroupComposition, group, "members", i, context.NameOf(members[i]),
                    "is in the ownership group but is neither a director (directors.yaml) nor an executive officer (executive-officers.yaml)");

        var inGroup = members.ToHashSet(StringComparer.Ordinal);
        foreach (var id in directors.Where(id => !inGroup.Contains(id)))
            context.Report(CheckDiagnostics.GroupComposition, group, "members", context.NameOf(id), "is a director but not in the ownership group");
        foreach (var id in officers.Where(id => !inGroup.Contains(id)))
            context.Report(CheckDiagnostics.GroupComposition, group, "members", context.NameOf(id), "is an executive officer but not in the ownership group");
    }

    /// <summary>The person ids of a list's entries, in its order.</summary>
    private static IReadOnlyList<string> PersonsOf(ObjectValue file, string list) =>
        file.Objects(list).Select(entry => entry.Text("person")).OfType<string>().ToArray();
}
