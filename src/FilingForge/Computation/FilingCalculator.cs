using FilingForge.Model;

namespace FilingForge.Computation;

/// <summary>
/// The Compute stage: derives every figure the templates print (<see cref="ComputedFiling"/>).
/// <para>
/// Compute runs only after <c>FilingChecker.Check</c> has reported no errors. On such a model it never throws:
/// every person id resolves, no list it indexes is empty where it needs a value, every denominator is positive and
/// every option term is bounded. On an unchecked model it may throw (an unknown person id, for instance).
/// </para>
/// Each figure is one small class of this folder, whose doc comment states its rounding rule.
/// </summary>
public static class FilingCalculator
{
    public static ComputedFiling Compute(Filing filing)
    {
        var people = PeopleIndex(filing.People);
        return new ComputedFiling
        {
            Filing = filing,
            PeopleById = people,
            Nominees = NomineeLists.Nominees(filing.Directors),
            CardNominees = NomineeLists.CardNomineeIds(filing).Select(id => people[id]).ToArray(),
            SeatsByPerson = CommitteeSeats.ByPerson(filing.Committees),
            SummaryCompensation = SummaryCompensationRows.Of(filing.SummaryCompensation, people),
            OptionGrants = OptionGrantRows.Of(filing.OptionGrants, people),
            Ownership = OwnershipRows.Owners(filing, people),
            OwnershipGroup = OwnershipRows.Group(filing),
            AuditorFees = filing.AuditorFees.Years.Select(y => new FeeYearTotals(y, FeeTotal.Of(y))).ToArray(),
            PerformanceGraph = new PerformanceGraphIndex(
                filing.PerformanceGraph.Periods,
                filing.PerformanceGraph.Series.Select(s => new IndexedSeries(s, IndexedReturn.Of(s, filing.PerformanceGraph.InitialInvestment))).ToArray()),
        };
    }

    /// <summary>People by id; the first entry wins when an id is duplicated (Check reports duplicates, FF3102).</summary>
    public static IReadOnlyDictionary<string, Person> PeopleIndex(PeopleFile people)
    {
        var byId = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var person in people.People) byId.TryAdd(person.Id, person);
        return byId;
    }
}
