namespace FilingForge.Tests.Checks.Rules;

public sealed class PositiveBasesCheckTests
{
    [Fact]
    public void Zero_shares_outstanding_is_an_error()
    {
        const string outstanding = "meeting.yaml#shares_outstanding";
        var result = SampleData.Load().Set(outstanding, "0").Check();
        Expect.Only(result.Diagnostics, "FF2111", result.At(outstanding));
    }

    [Fact]
    public void A_zero_initial_investment_is_an_error()
    {
        const string investment = "performance-graph.yaml#initial_investment";
        var result = SampleData.Load().Set(investment, "0").Check();
        Expect.Only(result.Diagnostics, "FF2111", result.At(investment));
    }
}
