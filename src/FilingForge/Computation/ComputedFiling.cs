using FilingForge.Model;

namespace FilingForge.Computation;

/// <summary>
/// The filing with every derived figure. Templates and table definitions read only from here: they never
/// do arithmetic. Amounts are exact <c>decimal</c>s already rounded by the rule stated on each figure.
/// </summary>
public sealed class ComputedFiling
{
    public required Filing Filing { get; init; }
    public required IReadOnlyDictionary<string, Person> PeopleById { get; init; }
    /// <summary>Proposal 1 nominees in the order of <c>directors.yaml</c>.</summary>
    public required IReadOnlyList<Director> Nominees { get; init; }
    /// <summary>Nominees as the card prints them: <c>proxy-card.yaml</c>'s list if given, otherwise <see cref="Nominees"/>.</summary>
    public required IReadOnlyList<Person> CardNominees { get; init; }
    /// <summary>Committee memberships per director id: committee and whether the director chairs it.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<CommitteeSeat>> SeatsByPerson { get; init; }
    public required IReadOnlyList<SummaryCompensationRow> SummaryCompensation { get; init; }
    public required IReadOnlyList<OptionGrantRow> OptionGrants { get; init; }
    public required IReadOnlyList<OwnershipRow> Ownership { get; init; }
    public required OwnershipRow OwnershipGroup { get; init; }
    public required IReadOnlyList<FeeYearTotals> AuditorFees { get; init; }
    public required PerformanceGraphIndex PerformanceGraph { get; init; }

    public Person Person(string id) => PeopleById[id];
}

public sealed record CommitteeSeat(Committee Committee, bool IsChair);

/// <summary>One officer-year of the summary compensation table; <see cref="AllOtherCompensation"/> is the stated or summed amount.</summary>
public sealed record SummaryCompensationRow(NamedExecutive Officer, Person Person, CompensationYear Year, bool IsFirstYearOfOfficer, decimal? AllOtherCompensation);

/// <summary>
/// One grant, or the "-0-" line of a named executive without grants (<see cref="Grant"/> null).
/// <see cref="PercentOfTotal"/> is rounded half away from zero to two decimals (percent units);
/// <see cref="PotentialRealizableValues"/> are whole dollars, rounded half away from zero, one per assumed rate.
/// </summary>
public sealed record OptionGrantRow(
    GrantRecipient Recipient,
    Person Person,
    OptionGrant? Grant,
    bool IsFirstGrantOfRecipient,
    decimal PercentOfTotal,
    int TermYears,
    IReadOnlyList<decimal> PotentialRealizableValues);

/// <summary>
/// A line of the ownership table. <see cref="PercentOfClass"/> is in percent units, rounded half away from zero to
/// two decimals; <see cref="LessThanOnePercent"/> marks the values printed as "*".
/// </summary>
public sealed record OwnershipRow(string Label, Person? Person, long Shares, long AcquirableWithin60Days, decimal PercentOfClass, bool LessThanOnePercent, IReadOnlyList<string> Notes);

public sealed record FeeYearTotals(FeeYear Year, decimal Total);

/// <summary>Performance graph series indexed to the initial investment, rounded half away from zero to whole dollars.</summary>
public sealed record PerformanceGraphIndex(IReadOnlyList<DateOnly> Periods, IReadOnlyList<IndexedSeries> Series);

public sealed record IndexedSeries(PerformanceSeries Source, IReadOnlyList<decimal> Indexed);
