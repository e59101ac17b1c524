using System.Globalization;
using System.Text.RegularExpressions;
using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The ownership table adds up: acquirable shares are part of the total (FF2106), indirect holdings too (FF2109), the
/// group holds at least what its members listed in the table hold (FF2107), and a label such as "(11 persons)" counts
/// the group's members (FF2108).
/// </summary>
public sealed partial class OwnershipArithmeticCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "people.people.name", "beneficial-ownership.owners.person", "beneficial-ownership.owners.shares",
        "beneficial-ownership.owners.acquirable_within_60_days", "beneficial-ownership.owners.held_indirectly.shares",
        "beneficial-ownership.group.label", "beneficial-ownership.group.members", "beneficial-ownership.group.shares",
        "beneficial-ownership.group.acquirable_within_60_days",
    ];

    public void Run(CheckContext context)
    {
        var ownership = context.Values.File("beneficial-ownership");
        var owners = ownership.Objects("owners");
        foreach (var owner in owners) Owner(context, owner);
        if (ownership.Object("group") is { } group)
        {
            GroupTotals(context, group, owners);
            GroupCount(context, group);
        }
    }

    private static void Owner(CheckContext context, ObjectValue owner)
    {
        var name = context.NameOf(owner.Text("person") ?? "");
        var shares = owner.Number("shares") ?? 0m;
        var acquirable = owner.Number("acquirable_within_60_days") ?? 0m;
        if (acquirable > shares)
            context.Report(CheckDiagnostics.AcquirableExceedsShares, owner, "acquirable_within_60_days", name, acquirable, shares);
        var indirect = owner.Objects("held_indirectly").Sum(h => h.Number("shares") ?? 0m);
        if (indirect > shares)
            context.Report(CheckDiagnostics.IndirectExceedsShares, owner, "held_indirectly", name, indirect, shares);
    }

    private static void GroupTotals(CheckContext context, ObjectValue group, IReadOnlyList<ObjectValue> owners)
    {
        var shares = group.Number("shares") ?? 0m;
        var acquirable = group.Number("acquirable_within_60_days") ?? 0m;
        if (acquirable > shares)
            context.Report(CheckDiagnostics.AcquirableExceedsShares, group, "acquirable_within_60_days", group.Text("label") ?? "", acquirable, shares);

        // A member listed twice in the table (FF3103) counts once, as the group line counts each person once.
        var members = group.Texts("members").ToHashSet(StringComparer.Ordinal);
        var listed = owners.Where(o => o.Text("person") is { } id && members.Contains(id)).DistinctBy(o => o.Text("person")).ToArray();
        var listedShares = listed.Sum(o => o.Number("shares") ?? 0m);
        if (shares < listedShares)
            context.Report(CheckDiagnostics.GroupBelowMembers, group, "shares", "shares", shares, listedShares);
        var listedAcquirable = listed.Sum(o => o.Number("acquirable_within_60_days") ?? 0m);
        if (acquirable < listedAcquirable)
            context.Report(CheckDiagnostics.GroupBelowMembers, group, "acquirable_within_60_days", "acquirable shares", acquirable, listedAcquirable);
    }

    private static void GroupCount(CheckContext context, ObjectValue group)
    {
        var count = PersonsInLabel().Match(group.Text("label") ?? "");
        var members = group.Texts("members").Count;
        if (count.Success && int.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture) != members)
            context.Report(CheckDiagnostics.GroupCountMismatch, group, "label", count.Groups[1].Value, members);
    }

    [GeneratedRegex(@"\((\d+)\s+persons?\)", RegexOptions.IgnoreCase)]
    private static partial Regex PersonsInLabel();
}
