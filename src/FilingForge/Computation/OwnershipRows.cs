using FilingForge.Values;

namespace FilingForge.Computation;

/// <summary>
/// The lines of the beneficial ownership table: one per owner in file order, and the group line. The percent of class
/// follows <see cref="PercentOfClass"/> with the basis of <c>beneficial-ownership.yaml</c> and the record-date shares
/// outstanding of <c>meeting.yaml</c>; the group line adds the group's own acquirable shares under Rule 13d-3(d)(1).
/// Rounded half away from zero to two decimals; "less than 1%" is judged on the unrounded value.
/// </summary>
public static class OwnershipRows
{
    public static IReadOnlyList<OwnershipRow> Owners(FilingValues filing, IReadOnlyDictionary<string, ObjectValue> people) =>
        filing.File("beneficial-ownership").Objects("owners")
            .Select(owner =>
            {
                var person = people[owner.Text("person") ?? ""];
                return Row(person.Text("name") ?? "", person, owner, owner.Texts("notes"), filing);
            })
            .ToArray();

    public static OwnershipRow Group(FilingValues filing)
    {
        var group = filing.File("beneficial-ownership").Object("group") ?? filing.File("beneficial-ownership");
        return Row(group.Text("label") ?? "", null, group, [], filing);
    }

    private static OwnershipRow Row(string label, ObjectValue? person, ObjectValue holder, IReadOnlyList<string> notes, FilingValues filing)
    {
        var basis = PercentOfClass.BasisOf(filing.File("beneficial-ownership").Text("percent_basis"));
        var outstanding = filing.File("meeting").Number("shares_outstanding") ?? 0m;
        var shares = holder.Number("shares") ?? 0m;
        var acquirable = holder.Number("acquirable_within_60_days") ?? 0m;
        var exact = PercentOfClass.Exact(shares, acquirable, outstanding, basis);
        return new OwnershipRow(label, person, shares, acquirable, Rounding.ToPercent(exact), PercentOfClass.IsLessThanOnePercent(exact), notes);
    }
}
