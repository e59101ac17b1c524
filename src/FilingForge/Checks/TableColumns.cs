using FilingForge.Values;

namespace FilingForge.Checks;

/// <summary>
/// The column keys of each footnoted table, as data files name them in a footnote's <c>column</c> and in row
/// <c>notes</c> (<c>salary: ["7"]</c>): the data format's vocabulary, which the schemas' "Column keys" descriptions and
/// the profile's descriptions repeat for readers (a test keeps the schemas equal to this list). A table definition prints
/// some of these columns, never a key outside them (a test checks every definition); the Template stage prints a column
/// footnote's marker in the header of the column of that key.
/// </summary>
public static class TableColumns
{
    public static readonly IReadOnlyList<string> SummaryCompensation =
    [
        "name", "year", "annual_compensation", "salary", "bonus", "other_annual_compensation", "long_term_compensation",
        "restricted_stock_awards", "securities_underlying_options", "ltip_payouts", "all_other_compensation",
    ];

    public static readonly IReadOnlyList<string> OptionGrants =
    [
        "name", "individual_grants", "shares", "percent_of_total", "exercise_price", "market_price", "grant_date", "expiration_date",
        "potential_realizable_value", "value_at_5_percent", "value_at_10_percent",
    ];

    public static readonly IReadOnlyList<string> OptionExercises =
    [
        "name", "shares_acquired_on_exercise", "value_realized", "unexercised_options", "exercisable", "unexercisable",
        "in_the_money_options", "in_the_money_exercisable", "in_the_money_unexercisable",
    ];

    public static readonly IReadOnlyList<string> BeneficialOwnership = ["name", "shares", "acquirable_within_60_days", "percent_of_class"];

    public static readonly IReadOnlyList<string> AuditorFees = ["category", "year", "audit_fees", "audit_related_fees", "tax_fees", "all_other_fees", "total"];

    /// <summary>The graph's data table: the period column and one column per series <c>key</c> of performance-graph.yaml.</summary>
    public static IReadOnlyList<string> PerformanceGraph(ObjectValue graph) =>
        ["period", .. graph.Objects("series").Select(s => s.Text("key")).OfType<string>()];
}
