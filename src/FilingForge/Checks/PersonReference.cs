using FilingForge.Diagnostics;
using FilingForge.Model;

namespace FilingForge.Checks;

/// <summary>A person id written somewhere in the data: the node, the field, the list index if any, and what it is.</summary>
public sealed record PersonReference(ModelNode Node, string Property, int? Index, string Id, string Context)
{
    public SourceLocation Location => Index is { } i ? Where.Item(Node, Property, i) : Node.LocationOf(Property);

    /// <summary>Every person reference of the filing, file by file.</summary>
    public static IEnumerable<PersonReference> All(Filing f)
    {
        yield return new(f.Meeting, nameof(MeetingFile.LetterSigner), null, f.Meeting.LetterSigner, "meeting.yaml letter_signer");
        yield return new(f.Meeting, nameof(MeetingFile.Secretary), null, f.Meeting.Secretary, "meeting.yaml secretary");
        foreach (var c in f.Committees.Committees)
        {
            yield return new(c, nameof(Committee.Chair), null, c.Chair, $"committee '{c.Id}' chair");
            foreach (var r in Items(c, nameof(Committee.Members), c.Members, $"committee '{c.Id}' members")) yield return r;
        }

        foreach (var d in f.Directors.Directors) yield return new(d, nameof(Director.Person), null, d.Person, "directors.yaml");
        foreach (var p in f.DirectorCompensation.PaymentsInFiscalYear) yield return new(p, nameof(DirectorPayment.Person), null, p.Person, "director payments");
        foreach (var o in f.ExecutiveOfficers.Officers) yield return new(o, nameof(ExecutiveOfficer.Person), null, o.Person, "executive officers");
        foreach (var o in f.SummaryCompensation.Officers) yield return new(o, nameof(NamedExecutive.Person), null, o.Person, "summary compensation table");
        foreach (var r in f.OptionGrants.Recipients) yield return new(r, nameof(GrantRecipient.Person), null, r.Person, "option grants table");
        foreach (var h in f.OptionExercises.Holders) yield return new(h, nameof(OptionHolding.Person), null, h.Person, "option exercises table");
        foreach (var a in f.EmploymentAgreements.Agreements)
            foreach (var r in Items(a, nameof(EmploymentAgreement.People), a.People, $"employment agreement '{a.Title}'")) yield return r;
        foreach (var o in f.BeneficialOwnership.Owners) yield return new(o, nameof(BeneficialOwner.Person), null, o.Person, "beneficial ownership table");
        var group = f.BeneficialOwnership.Group;
        foreach (var r in Items(group, nameof(OwnershipGroup.Members), group.Members, "ownership group members")) yield return r;
        foreach (var t in f.RelatedTransactions.Transactions) yield return new(t, nameof(RelatedTransaction.Person), null, t.Person, "related transactions");
        var card = f.ProxyCard;
        foreach (var r in Items(card, nameof(ProxyCardFile.Proxies), card.Proxies, "proxy card proxies")) yield return r;
        foreach (var r in Items(card, nameof(ProxyCardFile.Nominees), card.Nominees ?? [], "proxy card nominees")) yield return r;
        foreach (var s in f.Ethics.Signers) yield return new(s, nameof(EthicsSigner.Person), null, s.Person, "ethics signers");
    }

    private static IEnumerable<PersonReference> Items(ModelNode node, string property, IReadOnlyList<string> ids, string context) =>
        ids.Select((id, i) => new PersonReference(node, property, i, id, context));
}
