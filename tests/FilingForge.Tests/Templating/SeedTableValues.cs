using System.Globalization;
using FilingForge.Computation;
using FilingForge.Values;

namespace FilingForge.Tests.Templating;

/// <summary>
/// Every name and number that the seed's tables print, enumerated from the data and formatted the way the seed
/// prints them (thousands separators, "2.58%", "06/26/2012", "Jun-00"), so a test can look for each in the output.
/// </summary>
internal static class SeedTableValues
{
    /// <summary>A value to find; <paramref name="IsMarkdown"/> when the text already includes cell separators.</summary>
    public sealed record Value(string Table, string Text, bool IsMarkdown = false)
    {
        public override string ToString() => $"{Table}: {Text}";
    }

    public static IEnumerable<Value> Enumerate(ComputedFiling c)
    {
        static string N(decimal v) => v.ToString("N0", CultureInfo.InvariantCulture);
        static string Price(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);
        static string Pct(decimal v) => v == 0 ? "0%" : v.ToString("0.00", CultureInfo.InvariantCulture) + "%";
        string Name(ObjectValue o) => Required(c.PeopleById[Required(o.Text("person"), o, "person")].Text("name"), o, "person's name");

        foreach (var d in c.Nominees)
        {
            yield return new("nominees", Name(d));
            if (d.Number("age") is { } age) yield return new("nominees", $"| {age} |", true);
            if (d.Number("director_since") is { } since) yield return new("nominees", $"| {since}", true);
        }

        foreach (var o in c.File("executive-officers").Objects("officers"))
        {
            yield return new("executive-officers", Name(o));
            yield return new("executive-officers", Required(o.Text("position"), o, "position"));
        }

        foreach (var row in c.SummaryCompensation)
        {
            yield return new("summary-compensation", Required(row.Person.Text("name"), row.Person, "name"));
            if (row.Officer.Text("position") is { } position) yield return new("summary-compensation", position);
            yield return new("summary-compensation", $"| {Required(row.Year.Number("year"), row.Year, "year")} |", true);
            foreach (var amount in new[] { row.Year.Number("salary"), row.Year.Number("bonus"), row.AllOtherCompensation }.OfType<decimal>()) yield return new("summary-compensation", N(amount));
            if (row.Year.Number("securities_underlying_options") is { } options) yield return new("summary-compensation", N(options));
        }

        foreach (var row in c.OptionGrants)
        {
            yield return new("option-grants", Required(row.Person.Text("name"), row.Person, "name"));
            yield return new("option-grants", Pct(row.PercentOfTotal));
            if (row.Grant is { } g)
            {
                yield return new("option-grants", N(Required(g.Number("shares"), g, "shares")));
                yield return new("option-grants", Price(Required(g.Number("exercise_price"), g, "exercise_price")));
                yield return new("option-grants", Required(g.Date("expiration_date"), g, "expiration_date").ToString("MM/dd/yyyy", CultureInfo.InvariantCulture));
                foreach (var pv in row.PotentialRealizableValues) yield return new("option-grants", N(pv));
            }
            else yield return new("option-grants", "-0-");
        }

        foreach (var h in c.File("option-exercises").Objects("holders"))
        {
            yield return new("option-exercises", Name(h));
            foreach (var key in new[] { "shares_acquired_on_exercise", "value_realized", "exercisable", "unexercisable", "in_the_money_exercisable", "in_the_money_unexercisable" })
                if (h.Number(key) is { } v) yield return new("option-exercises", N(v));
        }

        foreach (var row in c.Ownership.Append(c.OwnershipGroup!))
        {
            yield return new("beneficial-ownership", row.Label);
            yield return new("beneficial-ownership", N(row.Shares));
            yield return new("beneficial-ownership", row.LessThanOnePercent ? "| \\*" : "| " + Pct(row.PercentOfClass), true);
        }

        foreach (var fees in c.AuditorFees)
        {
            yield return new("auditor-fees", $"| {Required(fees.Year.Number("year"), fees.Year, "year")}", true);
            foreach (var v in new[] { fees.Year.Number("audit_fees"), fees.Year.Number("audit_related_fees"), fees.Year.Number("tax_fees"), fees.Year.Number("all_other_fees"), fees.Total }.OfType<decimal>())
                yield return new("auditor-fees", N(v));
        }

        foreach (var period in c.PerformanceGraph.Periods) yield return new("performance-graph", period.ToString("MMM-yy", CultureInfo.InvariantCulture));
        foreach (var series in c.PerformanceGraph.Series)
        {
            yield return new("performance-graph", Required(series.Source.Text("name"), series.Source, "name"));
            yield return new("performance-graph", "| " + string.Join(" | ", series.Indexed.Select(v => v.ToString("0.##", CultureInfo.InvariantCulture))), true);
        }
    }

    /// <summary>A value the seed always prints (the old model's required fields): missing is a fault of the sample, not a value to skip.</summary>
    private static string Required(string? value, ObjectValue owner, string key) =>
        value ?? throw new InvalidOperationException($"{owner.Path}: no {key}");

    private static T Required<T>(T? value, ObjectValue owner, string key) where T : struct =>
        value ?? throw new InvalidOperationException($"{owner.Path}: no {key}");
}
