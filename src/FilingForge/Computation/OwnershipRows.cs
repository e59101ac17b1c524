using FilingForge.Values;

namespace FilingForge.Computation;

/// <summary>
/// The lines of the beneficial ownership table: one per owner in file order, and the group line. The percent of class
/// is the profile's declared figure (<c>percent_of_class</c>, from the named function of <see cref="PercentOfClass"/>
/// with the basis of <c>beneficial-ownership.yaml</c> and the record-date shares outstanding of <c>meeting.yaml</c>),
/// rounded half away from zero to two decimals; "less than 1%" is judged on the unrounded <c>exact_percent_of_class</c>.
/// </summary>
public static class OwnershipRows
{
    public static IReadOnlyList<OwnershipRow> Owners(FilingValues filing, IReadOnlyDictionary<string, ObjectValue> people) =>
        filing.File("beneficial-ownership").Objects("owners")
            .Select(owner =>
            {
                var person = people[owner.Text("person") ?? ""];
                return Row(person.Text("name") ?? "", person, owner, owner.Texts("notes"));
            })
            .ToArray();

    /// <summary>The group line, or null when the filing's ownership table has no group (a profile may not declare one).</summary>
    public static OwnershipRow? Group(FilingValues filing) =>
        filing.File("beneficial-ownership").Object("group") is { } group ? Row(group.Text("label") ?? "", null, group, []) : null;

    /// <summary>A line of the table: the holder's declared figures, rounded and exact, and what it holds.</summary>
    private static OwnershipRow Row(string label, ObjectValue? person, ObjectValue holder, IReadOnlyList<string> notes)
    {
        var exact = holder.Number("exact_percent_of_class") ?? 0m;
        return new OwnershipRow(label, person, holder.Number("shares") ?? 0m, holder.Number("acquirable_within_60_days") ?? 0m,
            holder.Number("percent_of_class") ?? 0m, PercentOfClass.IsLessThanOnePercent(exact), notes);
    }
}
