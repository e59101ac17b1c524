using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Nothing is listed twice: person ids (FF3102), a person within one table or list (FF3103: directors, nominees on the
/// card, committee members, owners, officers, grant recipients, group members, signers) and proposal numbers (FF3104).
/// </summary>
public sealed class DuplicatesCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var f = context.Filing;
        foreach (var p in Repeats(f.People.People, p => p.Id))
            context.Report(CheckDiagnostics.DuplicatePersonId, p, nameof(Person.Id), p.Id);
        foreach (var p in Repeats(f.Proposals.Proposals, p => p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            context.Report(CheckDiagnostics.DuplicateProposalNumber, p, nameof(Proposal.Number), p.Number);

        Rows(context, f.Directors.Directors, d => d.Person, nameof(Director.Person), "directors.yaml");
        Rows(context, f.ExecutiveOfficers.Officers, o => o.Person, nameof(ExecutiveOfficer.Person), "executive officers");
        Rows(context, f.SummaryCompensation.Officers, o => o.Person, nameof(NamedExecutive.Person), "the summary compensation table");
        Rows(context, f.OptionGrants.Recipients, r => r.Person, nameof(GrantRecipient.Person), "the option grants table");
        Rows(context, f.OptionExercises.Holders, h => h.Person, nameof(OptionHolding.Person), "the option exercises table");
        Rows(context, f.BeneficialOwnership.Owners, o => o.Person, nameof(BeneficialOwner.Person), "the beneficial ownership table");
        Rows(context, f.Ethics.Signers, s => s.Person, nameof(EthicsSigner.Person), "ethics signers");
        Items(context, f.BeneficialOwnership.Group, nameof(OwnershipGroup.Members), f.BeneficialOwnership.Group.Members, "the ownership group");
        Items(context, f.ProxyCard, nameof(ProxyCardFile.Nominees), f.ProxyCard.Nominees ?? [], "the proxy card's nominees");
        Items(context, f.ProxyCard, nameof(ProxyCardFile.Proxies), f.ProxyCard.Proxies, "the proxy card's proxies");
        foreach (var c in f.Committees.Committees) Items(context, c, nameof(Committee.Members), c.Members, $"committee '{c.Id}'");
    }

    private static void Rows<T>(CheckContext context, IEnumerable<T> rows, Func<T, string> key, string property, string where) where T : ModelNode
    {
        foreach (var row in Repeats(rows, key)) context.Report(CheckDiagnostics.DuplicateEntry, row, property, key(row), where);
    }

    private static void Items(CheckContext context, ModelNode node, string property, IReadOnlyList<string> ids, string where)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
            if (!seen.Add(ids[i])) context.ReportItem(CheckDiagnostics.DuplicateEntry, node, property, i, ids[i], where);
    }

    /// <summary>The second and later occurrences of each key, in file order.</summary>
    private static IEnumerable<T> Repeats<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return items.Where(item => !seen.Add(key(item))).ToArray();
    }
}
