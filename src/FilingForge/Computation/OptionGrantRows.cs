using FilingForge.Values;

namespace FilingForge.Computation;

/// <summary>
/// The rows of the option grants table: one per grant, in file order, or one "-0-" row for a named executive without
/// grants. Percent of total is the grant's declared figure <c>percent_of_total</c> (two decimals, half away from zero); potential
/// realizable values use <see cref="PotentialRealizableValue"/> (whole dollars, half away from zero), one per rate of
/// <c>assumed_appreciation_rates</c>, with P = market price at grant, defaulting to the exercise price.
/// </summary>
public static class OptionGrantRows
{
    public static IReadOnlyList<OptionGrantRow> Of(ObjectValue grants, IReadOnlyDictionary<string, ObjectValue> people)
    {
        var rows = new List<OptionGrantRow>();
        foreach (var recipient in grants.Objects("recipients"))
        {
            var person = people[recipient.Text("person") ?? ""];
            var recipientGrants = recipient.Objects("grants");
            if (recipientGrants.Count == 0)
            {
                rows.Add(new OptionGrantRow(recipient, person, null, true, 0m, 0, []));
                continue;
            }

            for (var i = 0; i < recipientGrants.Count; i++) rows.Add(Row(grants, recipient, person, recipientGrants[i], i == 0));
        }

        return rows;
    }

    private static OptionGrantRow Row(ObjectValue grants, ObjectValue recipient, ObjectValue person, ObjectValue grant, bool isFirst)
    {
        // Both dates are required in the 1992 form; where a profile leaves one out, the grant has no term to compound over.
        var term = grant.Date("grant_date") is { } granted && grant.Date("expiration_date") is { } expires
            ? PotentialRealizableValue.TermYears(granted, expires)
            : 0;
        var shares = grant.Number("shares") ?? 0m;
        var exercise = grant.Number("exercise_price") ?? 0m;
        var market = grant.Number("market_price") ?? exercise;
        var values = grants.Numbers("assumed_appreciation_rates")
            .Select(rate => PotentialRealizableValue.Compute(shares, market, exercise, term, rate))
            .ToArray();
        return new OptionGrantRow(recipient, person, grant, isFirst, grant.Number("percent_of_total") ?? 0m, term, values);
    }
}
