using FilingForge.Model;

namespace FilingForge.Computation;

/// <summary>
/// The rows of the option grants table: one per grant, in file order, or one "-0-" row for a named executive without
/// grants. Percent of total uses <see cref="PercentOfTotalOptions"/> (two decimals, half away from zero); potential
/// realizable values use <see cref="PotentialRealizableValue"/> (whole dollars, half away from zero), one per rate of
/// <c>assumed_appreciation_rates</c>, with P = market price at grant, defaulting to the exercise price.
/// </summary>
public static class OptionGrantRows
{
    public static IReadOnlyList<OptionGrantRow> Of(OptionGrantsFile grants, IReadOnlyDictionary<string, Person> people)
    {
        var rows = new List<OptionGrantRow>();
        foreach (var recipient in grants.Recipients)
        {
            var person = people[recipient.Person];
            if (recipient.Grants.Count == 0)
            {
                rows.Add(new OptionGrantRow(recipient, person, null, true, 0m, 0, []));
                continue;
            }

            for (var i = 0; i < recipient.Grants.Count; i++) rows.Add(Row(grants, recipient, person, recipient.Grants[i], i == 0));
        }

        return rows;
    }

    private static OptionGrantRow Row(OptionGrantsFile grants, GrantRecipient recipient, Person person, OptionGrant grant, bool isFirst)
    {
        var term = PotentialRealizableValue.TermYears(grant.GrantDate, grant.ExpirationDate);
        var market = grant.MarketPrice ?? grant.ExercisePrice;
        var values = grants.AssumedAppreciationRates
            .Select(rate => PotentialRealizableValue.Compute(grant.Shares, market, grant.ExercisePrice, term, rate))
            .ToArray();
        var percent = PercentOfTotalOptions.Rounded(grant.Shares, grants.TotalOptionsGrantedToEmployees);
        return new OptionGrantRow(recipient, person, grant, isFirst, percent, term, values);
    }
}
