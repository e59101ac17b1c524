using FilingForge.Model;

namespace FilingForge.Computation;

/// <summary>
/// The lines of the beneficial ownership table: one per owner in file order, and the group line. The percent of class
/// follows <see cref="PercentOfClass"/> with the basis of <c>beneficial-ownership.yaml</c> and the record-date shares
/// outstanding of <c>meeting.yaml</c>; the group line adds the group's own acquirable shares under Rule 13d-3(d)(1).
/// Rounded half away from zero to two decimals; "less than 1%" is judged on the unrounded value.
/// </summary>
public static class OwnershipRows
{
    public static IReadOnlyList<OwnershipRow> Owners(Filing filing, IReadOnlyDictionary<string, Person> people)
    {
        var ownership = filing.BeneficialOwnership;
        return ownership.Owners
            .Select(o => Row(people[o.Person].Name, people[o.Person], o.Shares, o.AcquirableWithin60Days, o.Notes, filing))
            .ToArray();
    }

    public static OwnershipRow Group(Filing filing)
    {
        var group = filing.BeneficialOwnership.Group;
        return Row(group.Label, null, group.Shares, group.AcquirableWithin60Days, [], filing);
    }

    private static OwnershipRow Row(string label, Person? person, long shares, long acquirable, IReadOnlyList<string> notes, Filing filing)
    {
        var basis = filing.BeneficialOwnership.PercentBasis;
        var outstanding = filing.Meeting.SharesOutstanding;
        var exact = PercentOfClass.Exact(shares, acquirable, outstanding, basis);
        return new OwnershipRow(label, person, shares, acquirable, Rounding.ToPercent(exact), PercentOfClass.IsLessThanOnePercent(exact), notes);
    }
}
