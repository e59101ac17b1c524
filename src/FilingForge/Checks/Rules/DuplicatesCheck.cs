using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Nothing is listed twice: person ids (FF3102), a person within one table or list (FF3103: directors, nominees on the
/// card, committee members, owners, officers, grant recipients, group members, signers) and proposal numbers (FF3104).
/// </summary>
public sealed class DuplicatesCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "people.people.id", "proposals.proposals.number", "directors.directors.person", "executive-officers.officers.person",
        "summary-compensation.officers.person", "option-grants.recipients.person", "option-exercises.holders.person",
        "beneficial-ownership.owners.person", "ethics.signers.person", "beneficial-ownership.group.members", "proxy-card.nominees",
        "proxy-card.proxies", "committees.committees.id", "committees.committees.members",
    ];

    public void Run(CheckContext context)
    {
        var values = context.Values;
        foreach (var p in Repeats(values.File("people").Objects("people"), p => p.Text("id")))
            context.Report(CheckDiagnostics.DuplicatePersonId, p, "id", p.Text("id"));
        foreach (var p in Repeats(values.File("proposals").Objects("proposals"), p => p.Number("number")))
            context.Report(CheckDiagnostics.DuplicateProposalNumber, p, "number", p.Number("number"));

        Rows(context, values.File("directors").Objects("directors"), "directors.yaml");
        Rows(context, values.File("executive-officers").Objects("officers"), "executive officers");
        Rows(context, values.File("summary-compensation").Objects("officers"), "the summary compensation table");
        Rows(context, values.File("option-grants").Objects("recipients"), "the option grants table");
        Rows(context, values.File("option-exercises").Objects("holders"), "the option exercises table");
        Rows(context, values.File("beneficial-ownership").Objects("owners"), "the beneficial ownership table");
        Rows(context, values.File("ethics").Objects("signers"), "ethics signers");
        if (values.File("beneficial-ownership").Object("group") is { } group) Items(context, group, "members", "the ownership group");
        Items(context, values.File("proxy-card"), "nominees", "the proxy card's nominees");
        Items(context, values.File("proxy-card"), "proxies", "the proxy card's proxies");
        foreach (var c in values.File("committees").Objects("committees")) Items(context, c, "members", $"committee '{c.Text("id")}'");
    }

    /// <summary>Rows of a table name one person each, in their <c>person</c> field.</summary>
    private static void Rows(CheckContext context, IReadOnlyList<ObjectValue> rows, string where)
    {
        foreach (var row in Repeats(rows, r => r.Text("person")))
            context.Report(CheckDiagnostics.DuplicateEntry, row, "person", row.Text("person"), where);
    }

    private static void Items(CheckContext context, ObjectValue item, string key, string where)
    {
        var ids = item.Texts(key);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
            if (!seen.Add(ids[i])) context.ReportItem(CheckDiagnostics.DuplicateEntry, item, key, i, ids[i], where);
    }

    /// <summary>The second and later occurrences of each key, in file order; an item without the key is no repeat.</summary>
    private static ObjectValue[] Repeats(IEnumerable<ObjectValue> items, Func<ObjectValue, object?> key)
    {
        var seen = new HashSet<object>();
        return items.Where(item => key(item) is { } k && !seen.Add(k)).ToArray();
    }
}
