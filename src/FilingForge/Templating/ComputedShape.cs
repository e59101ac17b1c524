using FilingForge.Templating.Tables;
using static FilingForge.Templating.Tables.TemplateShape;

namespace FilingForge.Templating;

/// <summary>
/// The shape of the <c>computed</c> branch (<see cref="ComputedValues"/>, key for key): each row's objects have the
/// shape the profile declares for the data they come from, its derived figures are values. Kept beside
/// <see cref="ComputedValues"/> so the two change together; a test compares them over the sample.
/// </summary>
internal static class ComputedShape
{
    public static TemplateShape.Object Of(DeclaredShapes declared)
    {
        var person = declared.ItemsAt("people.people");
        var ownership = Row(("label", Scalar), ("person", person), ("shares", Scalar), ("acquirable_within_60_days", Scalar),
            ("percent_of_class", Scalar), ("less_than_one_percent", Scalar), ("notes", new List(Scalar)));
        return Row(
            ("people_by_id", new Map(person)),
            ("nominees", new List(declared.ItemsAt("directors.directors"))),
            ("card_nominees", new List(person)),
            ("card_legend", new List(Row(("proposal", declared.ItemsAt("proposals.proposals")), ("number", Scalar), ("vote", Scalar),
                ("phrase", Scalar), ("new_vote", Scalar)))),
            ("card_discretion_number", Scalar),
            ("seats_by_person", new Map(new List(Row(("committee", declared.ItemsAt("committees.committees")), ("is_chair", Scalar))))),
            ("summary_compensation", new List(Row(
                ("officer", declared.ItemsAt("summary-compensation.officers")), ("person", person),
                ("year", declared.ItemsAt("summary-compensation.officers.years")),
                ("is_first_year_of_officer", Scalar), ("all_other_compensation", Scalar)))),
            ("option_grants", new List(Row(
                ("recipient", declared.ItemsAt("option-grants.recipients")), ("person", person),
                ("grant", declared.ItemsAt("option-grants.recipients.grants")), ("is_first_grant_of_recipient", Scalar),
                ("percent_of_total", Scalar), ("term_years", Scalar), ("potential_realizable_values", new List(Scalar))))),
            ("ownership", new List(ownership)),
            ("ownership_group", ownership),
            ("auditor_fees", new List(Row(("year", declared.ItemsAt("auditor-fees.years")), ("total", Scalar)))),
            ("performance_graph", Row(
                ("periods", new List(Scalar)),
                ("series", new List(Row(("source", declared.ItemsAt("performance-graph.series")), ("indexed", new List(Scalar))))))));
    }

    private static TemplateShape.Object Row(params (string Key, TemplateShape Shape)[] fields) =>
        new(fields.ToDictionary(f => f.Key, f => f.Shape, StringComparer.Ordinal));
}
