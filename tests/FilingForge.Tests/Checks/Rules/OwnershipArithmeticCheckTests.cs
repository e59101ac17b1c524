namespace FilingForge.Tests.Checks.Rules;

public sealed class OwnershipArithmeticCheckTests
{
    [Fact]
    public void Acquirable_shares_above_the_total_owned_are_an_error()
    {
        const string koyama = "beneficial-ownership.yaml#owners[2].acquirable_within_60_days";
        var result = SampleData.Load().Set(koyama, "72501").Check();
        Expect.One(result.Diagnostics, "FF2106", result.At(koyama));
    }

    [Fact]
    public void Indirect_holdings_above_the_total_owned_are_an_error()
    {
        const string young = "beneficial-ownership.yaml#owners[8].held_indirectly";
        var result = SampleData.Load().Set(young, "[{ holder: Canaan, shares: 70000 }]").Check();
        Expect.Only(result.Diagnostics, "FF2109", result.At(young));
    }

    [Fact]
    public void A_group_line_smaller_than_its_listed_members_is_an_error()
    {
        const string shares = "beneficial-ownership.yaml#group.shares";
        var result = SampleData.Load().Set(shares, "4000000").Check();
        var d = Expect.Only(result.Diagnostics, "FF2107", result.At(shares));
        Assert.Equal(4_926_078m, d.Arguments[2]);
    }

    [Fact]
    public void A_group_label_counting_other_than_its_members_is_an_error()
    {
        const string label = "beneficial-ownership.yaml#group.label";
        var result = SampleData.Load().Set(label, "Executive Officers and Directors as a group (11 persons)").Check();
        Expect.Only(result.Diagnostics, "FF2108", result.At(label));
    }
}
