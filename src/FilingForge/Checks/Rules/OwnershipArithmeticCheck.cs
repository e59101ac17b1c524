using System.Globalization;
using System.Text.RegularExpressions;
using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The ownership table adds up: acquirable shares are part of the total (FF2106), indirect holdings too (FF2109), the
/// group holds at least what its members listed in the table hold (FF2107), and a label such as "(11 persons)" counts
/// the group's members (FF2108).
/// </summary>
public sealed partial class OwnershipArithmeticCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var ownership = context.Filing.BeneficialOwnership;
        foreach (var owner in ownership.Owners) Owner(context, owner);
        Group(context, ownership);
    }

    private static void Owner(CheckContext context, BeneficialOwner owner)
    {
        var name = context.NameOf(owner.Person);
        if (owner.AcquirableWithin60Days > owner.Shares)
            context.Report(CheckDiagnostics.AcquirableExceedsShares, owner, nameof(BeneficialOwner.AcquirableWithin60Days), name, owner.AcquirableWithin60Days, owner.Shares);
        var indirect = owner.HeldIndirectly.Sum(h => h.Shares);
        if (indirect > owner.Shares)
            context.Report(CheckDiagnostics.IndirectExceedsShares, owner, nameof(BeneficialOwner.HeldIndirectly), name, indirect, owner.Shares);
    }

    private static void Group(CheckContext context, BeneficialOwnershipFile ownership)
    {
        var group = ownership.Group;
        if (group.AcquirableWithin60Days > group.Shares)
            context.Report(CheckDiagnostics.AcquirableExceedsShares, group, nameof(OwnershipGroup.AcquirableWithin60Days), group.Label, group.AcquirableWithin60Days, group.Shares);

        var members = new HashSet<string>(group.Members, StringComparer.Ordinal);
        var listed = ownership.Owners.Where(o => members.Contains(o.Person)).DistinctBy(o => o.Person).ToArray();
        var listedShares = listed.Sum(o => o.Shares);
        if (group.Shares < listedShares)
            context.Report(CheckDiagnostics.GroupBelowMembers, group, nameof(OwnershipGroup.Shares), "shares", group.Shares, listedShares);
        var listedAcquirable = listed.Sum(o => o.AcquirableWithin60Days);
        if (group.AcquirableWithin60Days < listedAcquirable)
            context.Report(CheckDiagnostics.GroupBelowMembers, group, nameof(OwnershipGroup.AcquirableWithin60Days), "acquirable shares", group.AcquirableWithin60Days, listedAcquirable);

        var count = PersonsInLabel().Match(group.Label);
        if (count.Success && int.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture) != group.Members.Count)
            context.Report(CheckDiagnostics.GroupCountMismatch, group, nameof(OwnershipGroup.Label), count.Groups[1].Value, group.Members.Count);
    }

    [GeneratedRegex(@"\((\d+)\s+persons?\)", RegexOptions.IgnoreCase)]
    private static partial Regex PersonsInLabel();
}
