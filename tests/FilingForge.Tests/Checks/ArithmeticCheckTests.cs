using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Model;
using static FilingForge.Tests.Checks.SampleModel;

namespace FilingForge.Tests.Checks;

public sealed class ArithmeticCheckTests
{
    [Fact]
    public void An_appreciation_rate_written_as_a_whole_percent_is_an_error_at_that_rate()
    {
        var f = Build();
        f.OptionGrants.AssumedAppreciationRates[1] = 10m;
        AssignLocations(f);
        Expect.Only(Check(f), "FF2203", f.OptionGrants.LocationOf("AssumedAppreciationRates[1]"));
    }

    [Fact]
    public void A_performance_series_with_a_missing_value_is_an_error()
    {
        var f = Build();
        var nasdaq = f.PerformanceGraph.Series[1];
        nasdaq.Values.RemoveAt(5);
        Expect.Only(Check(f), "FF2301", nasdaq.LocationOf(nameof(PerformanceSeries.Values)));
    }

    [Fact]
    public void A_performance_series_starting_at_zero_is_an_error_at_its_first_value()
    {
        var f = Build();
        var cpst = f.PerformanceGraph.Series[0];
        cpst.Values[0] = 0m;
        AssignLocations(f);
        Expect.Only(Check(f), "FF2302", cpst.LocationOf("Values[0]"));
    }

    [Fact]
    public void Performance_periods_out_of_order_are_an_error_at_the_later_period()
    {
        var f = Build();
        (f.PerformanceGraph.Periods[2], f.PerformanceGraph.Periods[3]) = (f.PerformanceGraph.Periods[3], f.PerformanceGraph.Periods[2]);
        AssignLocations(f);
        Expect.Only(Check(f), "FF2303", f.PerformanceGraph.LocationOf("Periods[3]"));
    }
}
