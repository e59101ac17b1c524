using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Model;
using static FilingForge.Tests.Checks.SampleModel;

namespace FilingForge.Tests.Checks;

public sealed class ArithmeticCheckTests
{
    [Fact]
    public void Total_options_granted_below_the_listed_grants_is_an_error()
    {
        var f = Build();
        Set(f.OptionGrants, nameof(OptionGrantsFile.TotalOptionsGrantedToEmployees), 600_000L);
        var d = Expect.Only(Check(f), "FF2105", f.OptionGrants.LocationOf(nameof(OptionGrantsFile.TotalOptionsGrantedToEmployees)));
        Assert.Equal([(object?)600_000L, 665_000L], d.Arguments);
    }

    [Fact]
    public void Printed_option_percentages_rounding_above_100_are_an_error()
    {
        var f = Build();
        // Five grants adding up to the total: four of 20.005% print as 20.01%, so the column prints 100.02%.
        Set(f.OptionGrants, nameof(OptionGrantsFile.TotalOptionsGrantedToEmployees), 200_000L);
        var grants = f.OptionGrants.Recipients.SelectMany(r => r.Grants).ToArray();
        for (var i = 0; i < grants.Length; i++) Set(grants[i], nameof(OptionGrant.Shares), i < 4 ? 40_010L : 39_960L);
        var d = Expect.Only(Check(f), "FF2104", f.OptionGrants.LocationOf(nameof(OptionGrantsFile.TotalOptionsGrantedToEmployees)));
        Assert.Equal(100.02m, d.Arguments[0]);
    }

    [Fact]
    public void Acquirable_shares_above_the_total_owned_are_an_error()
    {
        var f = Build();
        var koyama = f.BeneficialOwnership.Owners[2];
        Set(koyama, nameof(BeneficialOwner.AcquirableWithin60Days), 72_501L);
        Expect.One(Check(f), "FF2106", koyama.LocationOf(nameof(BeneficialOwner.AcquirableWithin60Days)));
    }

    [Fact]
    public void Indirect_holdings_above_the_total_owned_are_an_error()
    {
        var f = Build();
        var young = f.BeneficialOwnership.Owners[8];
        Set(young, nameof(BeneficialOwner.HeldIndirectly), new List<IndirectHolding> { new() { Holder = "Canaan", Shares = 70_000 } });
        Expect.Only(Check(f), "FF2109", young.LocationOf(nameof(BeneficialOwner.HeldIndirectly)));
    }

    [Fact]
    public void A_group_line_smaller_than_its_listed_members_is_an_error()
    {
        var f = Build();
        var group = f.BeneficialOwnership.Group;
        Set(group, nameof(OwnershipGroup.Shares), 4_000_000L);
        var d = Expect.Only(Check(f), "FF2107", group.LocationOf(nameof(OwnershipGroup.Shares)));
        Assert.Equal(4_926_078L, d.Arguments[2]);
    }

    [Fact]
    public void A_group_label_counting_other_than_its_members_is_an_error()
    {
        var f = Build();
        var group = f.BeneficialOwnership.Group;
        Set(group, nameof(OwnershipGroup.Label), "Executive Officers and Directors as a group (11 persons)");
        Expect.Only(Check(f), "FF2108", group.LocationOf(nameof(OwnershipGroup.Label)));
    }

    [Fact]
    public void Zero_shares_outstanding_is_an_error()
    {
        var f = Build();
        Set(f.Meeting, nameof(MeetingFile.SharesOutstanding), 0L);
        Expect.Only(Check(f), "FF2111", f.Meeting.LocationOf(nameof(MeetingFile.SharesOutstanding)));
    }

    [Fact]
    public void A_zero_initial_investment_is_an_error()
    {
        var f = Build();
        Set(f.PerformanceGraph, nameof(PerformanceGraphFile.InitialInvestment), 0m);
        Expect.Only(Check(f), "FF2111", f.PerformanceGraph.LocationOf(nameof(PerformanceGraphFile.InitialInvestment)));
    }
}
