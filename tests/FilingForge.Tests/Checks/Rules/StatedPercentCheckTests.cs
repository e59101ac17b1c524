using FilingForge.Diagnostics;

namespace FilingForge.Tests.Checks.Rules;

public sealed class StatedPercentCheckTests
{
    private const string Almgren = "beneficial-ownership.yaml#owners[0].stated_percent";
    private const string Group = "beneficial-ownership.yaml#group.stated_percent";

    [Fact]
    public void A_stated_percent_of_class_that_differs_from_the_computed_one_is_a_warning_naming_the_basis()
    {
        var result = SampleData.Load().Set(Almgren, "2.58").Check();
        var d = Expect.Only(result.Diagnostics, "FF2103", result.At(Almgren));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("Rule 13d-3(d)(1)", d.Message);
        Assert.Equal(2.51m, d.Arguments[3]);
        Assert.Equal(83_727_610m, d.Arguments[5]);
    }

    [Fact]
    public void A_stated_percent_matching_the_outstanding_only_basis_warns_only_about_the_basis()
    {
        var result = SampleData.Load()
            .Set("beneficial-ownership.yaml#percent_basis", "outstanding_only")
            .Set(Almgren, "2.58")
            .Set(Group, "6.67")
            .Check();
        Assert.Equal(["FF4113"], Expect.Ids(result.Diagnostics));
    }

    [Fact]
    public void A_stated_percent_written_with_fewer_decimals_is_compared_at_that_precision()
    {
        var result = SampleData.Load().Set(Almgren, "2.5").Check();
        Assert.Empty(result.Diagnostics.Items);
    }

    [Fact]
    public void A_stated_group_percent_is_checked_against_the_group_s_acquirable_shares()
    {
        var result = SampleData.Load().Set(Group, "6.67").Check();
        var d = Expect.Only(result.Diagnostics, "FF2103", result.At(Group));
        Assert.Equal(6.65m, d.Arguments[3]);
    }
}
