using FilingForge.Values;

namespace FilingForge.Computation;

/// <summary>
/// Committee memberships per person, derived from <c>committees.yaml</c> (the only place memberships are stated):
/// committees in file order, each with whether the person chairs it. A chair who is not listed as a member still gets
/// the seat (Check reports the omission, FF3106), so the directors' table never loses a chair.
/// </summary>
public static class CommitteeSeats
{
    public static IReadOnlyDictionary<string, IReadOnlyList<CommitteeSeat>> ByPerson(ObjectValue committees)
    {
        var seats = new SortedDictionary<string, List<CommitteeSeat>>(StringComparer.Ordinal);
        foreach (var committee in committees.Objects("committees"))
        {
            var chair = committee.Text("chair") ?? "";
            foreach (var person in committee.Texts("members").Append(chair).Distinct(StringComparer.Ordinal))
            {
                if (!seats.TryGetValue(person, out var list)) seats[person] = list = [];
                list.Add(new CommitteeSeat(committee, string.Equals(chair, person, StringComparison.Ordinal)));
            }
        }

        return seats.ToDictionary(p => p.Key, p => (IReadOnlyList<CommitteeSeat>)p.Value, StringComparer.Ordinal);
    }
}
