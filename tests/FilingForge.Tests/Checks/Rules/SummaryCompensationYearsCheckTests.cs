namespace FilingForge.Tests.Checks.Rules;

public sealed class SummaryCompensationYearsCheckTests
{
    [Fact]
    public void More_than_three_compensation_years_are_an_error()
    {
        var result = SampleData.Load().Add("summary-compensation.yaml#officers[0].years", "{ year: 1999, salary: 250000 }").Check();
        Expect.One(result.Diagnostics, "FF4105", result.At("summary-compensation.yaml#officers[0].years"));
        Assert.Equal(["FF4105", "FF4107"], Expect.Ids(result.Diagnostics).Order());
    }

    [Fact]
    public void Compensation_years_out_of_order_are_an_error_at_the_later_row()
    {
        // Koyama's two years, in reverse order.
        var result = SampleData.Load()
            .Set("summary-compensation.yaml#officers[2].years[0]", "{ year: 2001, salary: 157731, securities_underlying_options: 120000 }")
            .Set("summary-compensation.yaml#officers[2].years[1]", "{ year: 2002, salary: 193455, securities_underlying_options: 115000 }")
            .Check();
        Expect.Only(result.Diagnostics, "FF4106", result.At("summary-compensation.yaml#officers[2].years[1].year"));
    }

    [Fact]
    public void A_compensation_year_after_the_fiscal_year_is_an_error()
    {
        const string year = "summary-compensation.yaml#officers[1].years[0].year";
        var result = SampleData.Load().Set(year, "2003").Check();
        Expect.Only(result.Diagnostics, "FF4107", result.At(year));
    }
}
