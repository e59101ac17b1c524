namespace FilingForge.Tests.Checks.Rules;

public sealed class AppreciationRatesCheckTests
{
    [Fact]
    public void An_appreciation_rate_written_as_a_whole_percent_is_an_error_at_that_rate()
    {
        const string rate = "option-grants.yaml#assumed_appreciation_rates[1]";
        var result = SampleData.Load().Set(rate, "10").Check();
        Expect.Only(result.Diagnostics, "FF2203", result.At(rate));
    }
}
