using FilingForge.Computation;

namespace FilingForge.Tests.Computation;

public sealed class PotentialRealizableValueTests
{
    [Theory]
    [InlineData(150_000, "1.89", 178_292, 451_826)]
    [InlineData(350_000, "4.70", 1_034_532, 2_621_706)]
    [InlineData(65_000, "3.33", 136_124, 344_966)]
    [InlineData(50_000, "1.89", 59_431, 150_609)]
    [InlineData(25_000, "1.89", 29_715, 75_304)]
    public void Ten_year_grants_at_market_reproduce_the_seed_at_5_and_10_percent(long options, string price, int at5, int at10)
    {
        var p = decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(at5, PotentialRealizableValue.Compute(options, p, p, 10, 0.05m));
        Assert.Equal(at10, PotentialRealizableValue.Compute(options, p, p, 10, 0.10m));
    }

    [Fact]
    public void The_growth_factor_is_exact_in_decimal()
    {
        Assert.Equal(1.62889462677744140625m, PotentialRealizableValue.Power(1.05m, 10));
        Assert.Equal(2.5937424601m, PotentialRealizableValue.Power(1.10m, 10));
    }

    [Fact]
    public void A_market_price_above_the_exercise_price_adds_the_spread()
    {
        // 1,000 × (2.00 × 1.05 − 1.50) = 600
        Assert.Equal(600m, PotentialRealizableValue.Compute(1_000, 2.00m, 1.50m, 1, 0.05m));
    }

    [Fact]
    public void Half_a_dollar_rounds_away_from_zero()
    {
        // 1 × (10 × 1.05 − 10) = 0.5 → 1, where banker's rounding would give 0.
        Assert.Equal(1m, PotentialRealizableValue.Compute(1, 10m, 10m, 1, 0.05m));
    }

    [Fact]
    public void An_option_priced_far_above_market_is_worth_zero_rather_than_negative()
    {
        Assert.Equal(0m, PotentialRealizableValue.Compute(1_000, 1.00m, 5.00m, 1, 0.05m));
    }

    [Theory]
    [InlineData("2002-06-26", "2012-06-26", 10)]
    [InlineData("2002-01-29", "2012-01-29", 10)]
    [InlineData("2002-06-26", "2012-06-25", 9)]
    [InlineData("2002-06-26", "2002-12-31", 0)]
    public void The_term_counts_whole_years_only(string granted, string expires, int years)
    {
        Assert.Equal(years, PotentialRealizableValue.TermYears(DateOnly.Parse(granted), DateOnly.Parse(expires)));
    }
}
