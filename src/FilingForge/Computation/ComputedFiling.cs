using FilingForge.Values;

namespace FilingForge.Computation;

/// <summary>
/// The filing with every derived figure. Templates and table definitions read only from here and from the value tree:
/// they never do arithmetic. Amounts are exact <c>decimal</c>s already rounded by the rule stated on each figure. A row's
/// objects (an officer, a person, a grant) are the tree's own, so a template sees one object under both names.
/// </summary>
public sealed class ComputedFiling
{
    /// <summary>The data files as the profile types them.</summary>
    public required FilingValues Values { get; init; }

    public required IReadOnlyDictionary<string, ObjectValue> PeopleById { get; init; }
    /// <summary>Proposal 1 nominees in the order of <c>directors.yaml</c>.</summary>
    public required IReadOnlyList<ObjectValue> Nominees { get; init; }
    /// <summary>Nominees as the card prints them (people): <c>proxy-card.yaml</c>'s list if given, otherwise <see cref="Nominees"/>.</summary>
    public required IReadOnlyList<ObjectValue> CardNominees { get; init; }
    /// <summary>What an unmarked card votes for, and the number of the proxies' discretionary authority.</summary>
    public required CardLegend CardLegend { get; init; }
    /// <summary>Committee memberships per director id: committee and whether the director chairs it.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<CommitteeSeat>> SeatsByPerson { get; init; }
    public required IReadOnlyList<SummaryCompensationRow> SummaryCompensation { get; init; }
    public required IReadOnlyList<OptionGrantRow> OptionGrants { get; init; }
    public required IReadOnlyList<OwnershipRow> Ownership { get; init; }
    /// <summary>The group line ("directors and executive officers as a group"); null when the filing states no group.</summary>
    public required OwnershipRow? OwnershipGroup { get; init; }
    public required IReadOnlyList<FeeYearTotals> AuditorFees { get; init; }
    public required PerformanceGraphIndex PerformanceGraph { get; init; }

    /// <summary>A data file of the filing (<c>meeting</c>), for what documents print about themselves.</summary>
    public ObjectValue File(string baseName) => Values.File(baseName);
}

public sealed record CommitteeSeat(ObjectValue Committee, bool IsChair);

/// <summary>One officer-year of the summary compensation table; <see cref="AllOtherCompensation"/> is the stated or summed amount.</summary>
public sealed record SummaryCompensationRow(ObjectValue Officer, ObjectValue Person, ObjectValue Year, bool IsFirstYearOfOfficer, decimal? AllOtherCompensation);

/// <summary>
/// One grant, or the "-0-" line of a named executive without grants (<see cref="Grant"/> null).
/// <see cref="PercentOfTotal"/> is rounded half away from zero to two decimals (percent units);
/// <see cref="PotentialRealizableValues"/> are whole dollars, rounded half away from zero, one per assumed rate.
/// </summary>
public sealed record OptionGrantRow(
    ObjectValue Recipient,
    ObjectValue Person,
    ObjectValue? Grant,
    bool IsFirstGrantOfRecipient,
    decimal PercentOfTotal,
    int TermYears,
    IReadOnlyList<decimal> PotentialRealizableValues);

/// <summary>
/// A line of the ownership table. <see cref="PercentOfClass"/> is in percent units, rounded half away from zero to
/// two decimals; <see cref="LessThanOnePercent"/> marks the values printed as "*".
/// </summary>
public sealed record OwnershipRow(string Label, ObjectValue? Person, decimal Shares, decimal AcquirableWithin60Days, decimal PercentOfClass, bool LessThanOnePercent, IReadOnlyList<string> Notes);

public sealed record FeeYearTotals(ObjectValue Year, decimal Total);

/// <summary>Performance graph series indexed to the initial investment, rounded half away from zero to whole dollars.</summary>
public sealed record PerformanceGraphIndex(IReadOnlyList<DateOnly> Periods, IReadOnlyList<IndexedSeries> Series);

public sealed record IndexedSeries(ObjectValue Source, IReadOnlyList<decimal> Indexed);
