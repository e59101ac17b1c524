namespace FilingForge.Tests.Checks.Rules;

public sealed class BoardLeadershipCheckTests
{
    [Fact]
    public void Two_chairmen_are_an_error_at_the_second()
    {
        const string Chairman = "directors.yaml#directors[3].chairman";
        var result = SampleData.Load().Set(Chairman, "true").Check();
        Expect.Only(result.Diagnostics, "FF3113", result.At(Chairman));
    }

    [Fact]
    public void A_chairman_since_date_without_the_chairman_flag_is_an_error()
    {
        const string Since = "directors.yaml#directors[1].chairman_since";
        var result = SampleData.Load().Set(Since, "2001-01-01").Check();
        Expect.Only(result.Diagnostics, "FF3113", result.At(Since));
    }
}
