namespace FilingForge.Tests.Checks.Rules;

public sealed class OwnershipTableCoverageCheckTests
{
    [Fact]
    public void A_nominee_missing_from_the_ownership_table_is_an_error()
    {
        var result = SampleData.Load().Remove("beneficial-ownership.yaml#owners[6]").Check();
        var d = Expect.Only(result.Diagnostics, "FF4103", result.At("directors.yaml#directors[2].person"));
        Assert.Equal("nominee", d.Arguments[0]);
    }

    [Fact]
    public void A_named_executive_missing_from_the_ownership_table_is_an_error()
    {
        var result = SampleData.Load().Remove("beneficial-ownership.yaml#owners[3]").Check();
        Expect.Only(result.Diagnostics, "FF4103", result.At("summary-compensation.yaml#officers[3].person"));
    }

    [Fact]
    public void A_five_percent_owner_without_an_address_is_a_warning()
    {
        var result = SampleData.Load()
            .Add("people.yaml#people", "{ id: fund, name: Big Fund LP, honorific: '', surname: Fund }")
            .Add("beneficial-ownership.yaml#owners", "{ person: fund, shares: 5000000 }")
            .Check();
        var d = Expect.Only(result.Diagnostics, "FF4110", result.At("beneficial-ownership.yaml#owners[9].person"));
        Assert.Equal(6.12m, d.Arguments[1]);
    }

    [Fact]
    public void Acquirable_shares_without_a_footnote_are_a_warning()
    {
        var result = SampleData.Load().Set("beneficial-ownership.yaml#owners[8].notes", "[]").Check();
        Expect.Only(result.Diagnostics, "FF4112", result.At("beneficial-ownership.yaml#owners[8].acquirable_within_60_days"));
    }
}
