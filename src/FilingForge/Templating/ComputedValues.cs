using FilingForge.Computation;
using FilingForge.Values;

namespace FilingForge.Templating;

/// <summary>
/// The <c>computed</c> branch of the template context: each member of <see cref="ComputedFiling"/> under the snake_case
/// of its name, written out by hand so no reflection is needed. An object of the tree inside a row (an officer, a person, a
/// grant) is the template tree's own dictionary for it, found by its data path, so <c>computed.nominees[0]</c> and
/// <c>directors.directors[0]</c> are one object with the same keys. Every number is a <see cref="decimal"/>, as in the
/// data tree.
/// </summary>
internal sealed class ComputedValues(TemplateDataTree tree)
{
    public Dictionary<string, object?> Of(ComputedFiling computed) => new(StringComparer.Ordinal)
    {
        ["people_by_id"] = ById(computed.PeopleById, Node),
        ["nominees"] = List(computed.Nominees, Node),
        ["card_nominees"] = List(computed.CardNominees, Node),
        ["card_legend"] = List(computed.CardLegend.Items, LegendItem),
        ["card_discretion_number"] = computed.CardLegend.DiscretionNumber,
        ["seats_by_person"] = ById(computed.SeatsByPerson, seats => List(seats, Seat)),
        ["summary_compensation"] = List(computed.SummaryCompensation, SummaryCompensation),
        ["option_grants"] = List(computed.OptionGrants, OptionGrant),
        ["ownership"] = List(computed.Ownership, Ownership),
        ["ownership_group"] = computed.OwnershipGroup is { } group ? Ownership(group) : null,
        ["auditor_fees"] = List(computed.AuditorFees, FeeYear),
        ["performance_graph"] = PerformanceGraph(computed.PerformanceGraph),
    };

    /// <summary>
    /// The template tree's dictionary for an object of the value tree. An object that is not in the filing's tree (built
    /// in code) has nothing to print from, which is a programming error rather than a fault of the filing.
    /// </summary>
    public Dictionary<string, object?>? Node(ObjectValue? node) =>
        node is null ? null
        : tree.ByPath.TryGetValue(node.Path, out var value) ? value
        : throw new InvalidOperationException($"'{node.Path}' is not in the filing's value tree; templates read only objects loaded from data files.");

    private Dictionary<string, object?> LegendItem(CardLegendItem item) => new(StringComparer.Ordinal)
    {
        ["proposal"] = Node(item.Proposal),
        ["number"] = (decimal)item.Number,
        ["vote"] = item.Vote,
        ["phrase"] = item.Phrase,
        ["new_vote"] = item.NewVote,
    };

    private Dictionary<string, object?> Seat(CommitteeSeat seat) => new(StringComparer.Ordinal)
    {
        ["committee"] = Node(seat.Committee),
        ["is_chair"] = seat.IsChair,
    };

    private Dictionary<string, object?> SummaryCompensation(SummaryCompensationRow row) => new(StringComparer.Ordinal)
    {
        ["officer"] = Node(row.Officer),
        ["person"] = Node(row.Person),
        ["year"] = Node(row.Year),
        ["is_first_year_of_officer"] = row.IsFirstYearOfOfficer,
        ["all_other_compensation"] = row.AllOtherCompensation,
    };

    private Dictionary<string, object?> OptionGrant(OptionGrantRow row) => new(StringComparer.Ordinal)
    {
        ["recipient"] = Node(row.Recipient),
        ["person"] = Node(row.Person),
        ["grant"] = Node(row.Grant),
        ["is_first_grant_of_recipient"] = row.IsFirstGrantOfRecipient,
        ["percent_of_total"] = row.PercentOfTotal,
        ["term_years"] = (decimal)row.TermYears,
        ["potential_realizable_values"] = List(row.PotentialRealizableValues, v => (object?)v),
    };

    private Dictionary<string, object?> Ownership(OwnershipRow row) => new(StringComparer.Ordinal)
    {
        ["label"] = row.Label,
        ["person"] = Node(row.Person),
        ["shares"] = row.Shares,
        ["acquirable_within_60_days"] = row.AcquirableWithin60Days,
        ["percent_of_class"] = row.PercentOfClass,
        ["less_than_one_percent"] = row.LessThanOnePercent,
        ["notes"] = List(row.Notes, n => (object?)n),
    };

    private Dictionary<string, object?> FeeYear(FeeYearTotals totals) => new(StringComparer.Ordinal)
    {
        ["year"] = Node(totals.Year),
        ["total"] = totals.Total,
    };

    private Dictionary<string, object?> PerformanceGraph(PerformanceGraphIndex graph) => new(StringComparer.Ordinal)
    {
        ["periods"] = List(graph.Periods, p => (object?)p),
        ["series"] = List(graph.Series, s => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["source"] = Node(s.Source),
            ["indexed"] = List(s.Indexed, v => (object?)v),
        }),
    };

    private static List<object?> List<T>(IEnumerable<T> items, Func<T, object?> convert) => items.Select(convert).ToList();

    /// <summary>A dictionary by id, in the order the Compute stage built it.</summary>
    private static Dictionary<string, object?> ById<T>(IReadOnlyDictionary<string, T> items, Func<T, object?> convert)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (id, item) in items) result[id] = convert(item);
        return result;
    }
}
