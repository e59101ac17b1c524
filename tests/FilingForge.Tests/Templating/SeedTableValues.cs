using System.Globalization;
using FilingForge.Computation;

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

        foreach (var d in c.Nominees)
        {
            yield return new("nominees", c.Person(d.Person).Name);
            if (d.Age is { } age) yield return new("nominees", $"| {age} |", true);
            if (d.DirectorSince is { } since) yield return new("nominees", $"| {since}", true);
        }

        foreach (var o in c.Filing.ExecutiveOfficers.Officers)
        {
            yield return new("executive-officers", c.Person(o.Person).Name);
            yield return new("executive-officers", o.Position);
        }

        foreach (var row in c.SummaryCompensation)
        {
            yield return new("summary-compensation", row.Person.Name);
            if (row.Officer.Position is { } position) yield return new("summary-compensation", position);
            yield return new("summary-compensation", $"| {row.Year.Year} |", true);
            foreach (var amount in new[] { row.Year.Salary, row.Year.Bonus, row.AllOtherCompensation }.OfType<decimal>()) yield return new("summary-compensation", N(amount));
            if (row.Year.SecuritiesUnderlyingOptions is { } options) yield return new("summary-compensation", N(options));
        }

        foreach (var row in c.OptionGrants)
        {
            yield return new("option-grants", row.Person.Name);
            yield return new("option-grants", Pct(row.PercentOfTotal));
            if (row.Grant is { } g)
            {
                yield return new("option-grants", N(g.Shares));
                yield return new("option-grants", Price(g.ExercisePrice));
                yield return new("option-grants", g.ExpirationDate.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture));
                foreach (var pv in row.PotentialRealizableValues) yield return new("option-grants", N(pv));
            }
            else yield return new("option-grants", "-0-");
        }

        foreach (var h in c.Filing.OptionExercises.Holders)
        {
            yield return new("option-exercises", c.Person(h.Person).Name);
            foreach (var v in new decimal?[] { h.SharesAcquiredOnExercise, h.ValueRealized, h.Exercisable, h.Unexercisable, h.InTheMoneyExercisable, h.InTheMoneyUnexercisable }.OfType<decimal>())
                yield return new("option-exercises", N(v));
        }

        foreach (var row in c.Ownership.Append(c.OwnershipGroup))
        {
            yield return new("beneficial-ownership", row.Label);
            yield return new("beneficial-ownership", N(row.Shares));
            yield return new("beneficial-ownership", row.LessThanOnePercent ? "| \\*" : "| " + Pct(row.PercentOfClass), true);
        }

        foreach (var fees in c.AuditorFees)
        {
            yield return new("auditor-fees", $"| {fees.Year.Year}", true);
            foreach (var v in new[] { fees.Year.AuditFees, fees.Year.AuditRelatedFees, fees.Year.TaxFees, fees.Year.AllOtherFees, fees.Total }.OfType<decimal>())
                yield return new("auditor-fees", N(v));
        }

        foreach (var period in c.PerformanceGraph.Periods) yield return new("performance-graph", period.ToString("MMM-yy", CultureInfo.InvariantCulture));
        foreach (var series in c.PerformanceGraph.Series)
        {
            yield return new("performance-graph", series.Source.Name);
            yield return new("performance-graph", "| " + string.Join(" | ", series.Indexed.Select(v => v.ToString("0.##", CultureInfo.InvariantCulture))), true);
        }
    }
}
