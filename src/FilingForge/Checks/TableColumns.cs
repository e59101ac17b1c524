using FilingForge.Model;

namespace FilingForge.Checks;

/// <summary>
/// The column keys of each footnoted table, as data files name them in a footnote's <c>column</c> and in row
/// <c>notes</c> (<c>salary: ["7"]</c>). Keys are those the model's doc comments list (the data keys of the row's fields and
/// the header groups), plus each table's name column. The template stage prints a column footnote's marker in the header of the column of that key.
/// </summary>
public static class TableColumns
{
    public static readonly IReadOnlyList<string> SummaryCompensation =
    [
        "name", "year", "annual_compensation", "salary", "bonus", "other_annual_compensation", "long_term_compensation",
        "restricted_stock_awards", "securities_underlying_options", "ltip_payouts", "all_other_compensation",
    ];

    public static readonly IReadOnlyList<string> OptionGrants =
        ["name", "shares", "percent_of_total", "exercise_price", "expiration_date", "potential_realizable_value"];

    public static readonly IReadOnlyList<string> OptionExercises =
    [
        "name", "shares_acquired_on_exercise", "value_realized", "unexercised_options", "exercisable", "unexercisable",
        "in_the_money_options", "in_the_money_exercisable", "in_the_money_unexercisable",
    ];

    public static readonly IReadOnlyList<string> BeneficialOwnership = ["name", "shares", "percent_of_class"];

    public static readonly IReadOnlyList<string> AuditorFees = ["audit_fees", "audit_related_fees", "tax_fees", "all_other_fees", "total"];

    /// <summary>The graph's data table: the period column and one column per series key.</summary>
    public static IReadOnlyList<string> PerformanceGraph(PerformanceGraphFile graph) =>
        ["period", .. graph.Series.Select(s => s.Key)];
}
