using FilingForge.Values;

namespace FilingForge.Computation;

/// <summary>
/// The Compute stage: derives every figure the templates print (<see cref="ComputedFiling"/>) from the value tree.
/// <para>
/// Compute runs only after <c>FilingChecker.Check</c> has reported no errors. On such a filing it never throws: every
/// person id resolves (FF3101 is checked for every profile), a denominator that is not positive gives zero, and an
/// option term comes from two dates or is zero. On an unchecked filing it may throw (an unknown person id, for instance).
/// </para>
/// Each figure is one small class of this folder, whose doc comment states its rounding rule.
/// </summary>
public static class FilingCalculator
{
    public static ComputedFiling Compute(FilingValues filing)
    {
        var people = filing.PeopleById;
        var graph = filing.File("performance-graph");
        var initialInvestment = graph.Number("initial_investment") ?? 0m;
        return new ComputedFiling
        {
            Values = filing,
            PeopleById = people,
            Nominees = NomineeLists.Nominees(filing),
            CardNominees = NomineeLists.CardNomineeIds(filing).Select(id => people[id]).ToArray(),
            CardLegend = CardLegend.Of(filing.File("proposals")),
            SeatsByPerson = CommitteeSeats.ByPerson(filing.File("committees")),
            SummaryCompensation = SummaryCompensationRows.Of(filing.File("summary-compensation"), people),
            OptionGrants = OptionGrantRows.Of(filing.File("option-grants"), people),
            Ownership = OwnershipRows.Owners(filing, people),
            OwnershipGroup = OwnershipRows.Group(filing),
            AuditorFees = filing.File("auditor-fees").Objects("years").Select(y => new FeeYearTotals(y, FeeTotal.Of(y))).ToArray(),
            PerformanceGraph = new PerformanceGraphIndex(
                graph.Dates("periods"),
                graph.Objects("series").Select(s => new IndexedSeries(s, IndexedReturn.Of(s.Numbers("values"), initialInvestment))).ToArray()),
        };
    }
}
