using FilingForge.Computation;
using FilingForge.Values;

namespace FilingForge.Tests.Computation;

public sealed class PercentTests
{
    private const long Outstanding = 81_700_735;

    [Theory]
    [InlineData("almgren", 2_104_453, 2_026_875, "2.51", "2.58")]
    [InlineData("aube", 1_670_318, 14_400, "2.04", "2.04")]
    [InlineData("marcoux", 1_129_876, 14_400, "1.38", "1.38")]
    [InlineData("protsch", 1_471_486, 7_200, "1.80", "1.80")]
    public void Percent_of_class_follows_rule_13d_3_or_outstanding_only(string who, long shares, long acquirable, string rule, string outstandingOnly)
    {
        Assert.NotEmpty(who);
        Assert.Equal(decimal.Parse(rule, System.Globalization.CultureInfo.InvariantCulture), PercentOfClass.Rounded(shares, acquirable, Outstanding, PercentBasis.Rule13d3));
        Assert.Equal(decimal.Parse(outstandingOnly, System.Globalization.CultureInfo.InvariantCulture), PercentOfClass.Rounded(shares, acquirable, Outstanding, PercentBasis.OutstandingOnly));
    }

    [Fact]
    public void The_seed_s_group_line_is_6_67_percent_of_shares_outstanding()
    {
        Assert.Equal(6.67m, PercentOfClass.Rounded(5_448_395, 253_967, Outstanding, PercentBasis.OutstandingOnly));
        Assert.Equal(6.65m, PercentOfClass.Rounded(5_448_395, 253_967, Outstanding, PercentBasis.Rule13d3));
    }

    [Fact]
    public void Less_than_one_percent_is_judged_before_rounding()
    {
        var justBelow = PercentOfClass.Exact(9_990, 0, 1_000_000, PercentBasis.OutstandingOnly);
        Assert.Equal(1.00m, Rounding.ToPercent(justBelow));
        Assert.True(PercentOfClass.IsLessThanOnePercent(justBelow));
        Assert.False(PercentOfClass.IsLessThanOnePercent(1m));
    }

    [Fact]
    public void Percent_of_class_without_shares_outstanding_is_zero_instead_of_failing()
    {
        Assert.Equal(0m, PercentOfClass.Exact(100, 0, 0, PercentBasis.OutstandingOnly));
    }

    [Theory]
    [InlineData(150_000, "2.62")]
    [InlineData(350_000, "6.12")]
    [InlineData(50_000, "0.87")]
    [InlineData(65_000, "1.14")]
    [InlineData(25_000, "0.44")]
    public void Percent_of_total_options_reproduces_the_seed(long options, string expected)
    {
        var grant = "option-grants.yaml#recipients[0].grants[0]";
        var values = FilingForge.Tests.Checks.SampleData.Load().Set(grant + ".shares", options.ToString(System.Globalization.CultureInfo.InvariantCulture)).Values();
        var figure = values.File("option-grants").Objects("recipients")[0].Objects("grants")[0].Number("percent_of_total");
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), figure);
    }

    [Fact]
    public void Percent_of_total_options_is_zero_when_no_total_is_stated_instead_of_failing()
    {
        var values = FilingForge.Tests.Checks.SampleData.Load().Set("option-grants.yaml#total_options_granted_to_employees", "0").Values();
        Assert.Equal(0m, values.File("option-grants").Objects("recipients")[0].Objects("grants")[0].Number("percent_of_total"));
    }

    [Fact]
    public void Percentages_round_half_away_from_zero()
    {
        Assert.Equal(0.13m, Rounding.ToPercent(0.125m));
        Assert.Equal(2.6m, Rounding.ToScaleOf(2.5757m, 2.6m));
    }
}
