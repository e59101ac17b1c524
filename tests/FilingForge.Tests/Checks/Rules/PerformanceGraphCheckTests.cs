namespace FilingForge.Tests.Checks.Rules;

public sealed class PerformanceGraphCheckTests
{
    [Fact]
    public void A_performance_series_with_a_missing_value_is_an_error()
    {
        var result = SampleData.Load().Remove("performance-graph.yaml#series[1].values[5]").Check();
        Expect.Only(result.Diagnostics, "FF2301", result.At("performance-graph.yaml#series[1].values"));
    }

    [Fact]
    public void A_performance_series_starting_at_zero_is_an_error_at_its_first_value()
    {
        const string first = "performance-graph.yaml#series[0].values[0]";
        var result = SampleData.Load().Set(first, "0").Check();
        Expect.Only(result.Diagnostics, "FF2302", result.At(first));
    }

    [Fact]
    public void Performance_periods_out_of_order_are_an_error_at_the_later_period()
    {
        var result = SampleData.Load()
            .Set("performance-graph.yaml#periods[2]", "2001-12-31")
            .Set("performance-graph.yaml#periods[3]", "2001-06-29")
            .Check();
        Expect.Only(result.Diagnostics, "FF2303", result.At("performance-graph.yaml#periods[3]"));
    }
}
