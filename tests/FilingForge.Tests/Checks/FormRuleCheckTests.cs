using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Model;
using static FilingForge.Tests.Checks.SampleModel;

namespace FilingForge.Tests.Checks;

public sealed class FormRuleCheckTests
{

    [Fact]
    public void Percent_of_class_on_shares_outstanding_alone_is_a_warning_listing_the_lines_the_rule_changes()
    {
        var f = Build();
        Set(f.BeneficialOwnership, nameof(BeneficialOwnershipFile.PercentBasis), PercentBasis.OutstandingOnly);
        var d = Expect.Only(Check(f), "FF4113", f.BeneficialOwnership.LocationOf(nameof(BeneficialOwnershipFile.PercentBasis)));
        Assert.Equal("Ake Almgren 2.58% would be 2.51%; Executive Officers and Directors as a group (7 persons) 6.67% would be 6.65%", d.Arguments[0]);
    }

    [Fact]
    public void A_nominee_missing_from_the_ownership_table_is_an_error()
    {
        var f = Build();
        var marcoux = f.BeneficialOwnership.Owners[6];
        f.BeneficialOwnership.Owners.Remove(marcoux);
        var director = f.Directors.Directors[2];
        var d = Expect.Only(Check(f), "FF4103", director.LocationOf(nameof(Director.Person)));
        Assert.Equal("nominee", d.Arguments[0]);
    }

    [Fact]
    public void A_named_executive_missing_from_the_ownership_table_is_an_error()
    {
        var f = Build();
        f.BeneficialOwnership.Owners.RemoveAt(3);
        Expect.Only(Check(f), "FF4103", f.SummaryCompensation.Officers[3].LocationOf(nameof(NamedExecutive.Person)));
    }

    [Fact]
    public void Auditor_fees_missing_the_prior_fiscal_year_are_an_error()
    {
        var f = Build();
        f.AuditorFees.Years.RemoveAt(1);
        Expect.Only(Check(f), "FF4104", f.AuditorFees.LocationOf(nameof(AuditorFeesFile.Years)));
    }

    [Fact]
    public void More_than_three_compensation_years_are_an_error()
    {
        var f = Build();
        var almgren = f.SummaryCompensation.Officers[0];
        almgren.Years.Add(new CompensationYear { Year = 1999, Salary = 250_000m });
        var diagnostics = Check(f);
        Expect.One(diagnostics, "FF4105", almgren.LocationOf(nameof(NamedExecutive.Years)));
        Assert.Equal(["FF4105", "FF4107"], Expect.Ids(diagnostics).Order());
    }

    [Fact]
    public void Compensation_years_out_of_order_are_an_error_at_the_later_row()
    {
        var f = Build();
        var koyama = f.SummaryCompensation.Officers[2];
        koyama.Years.Reverse();
        Expect.Only(Check(f), "FF4106", koyama.Years[1].LocationOf(nameof(CompensationYear.Year)));
    }

    [Fact]
    public void A_compensation_year_after_the_fiscal_year_is_an_error()
    {
        var f = Build();
        var year = f.SummaryCompensation.Officers[1].Years[0];
        Set(year, nameof(CompensationYear.Year), 2003);
        Expect.Only(Check(f), "FF4107", year.LocationOf(nameof(CompensationYear.Year)));
    }

    [Fact]
    public void A_five_percent_owner_without_an_address_is_a_warning()
    {
        var f = Build();
        var fund = new Person { Id = "fund", Name = "Big Fund LP", Honorific = "", Surname = "Fund" };
        f.People.People.Add(fund);
        var owner = new BeneficialOwner { Person = "fund", Shares = 5_000_000 };
        f.BeneficialOwnership.Owners.Add(owner);
        var d = Expect.Only(Check(f), "FF4110", owner.LocationOf(nameof(BeneficialOwner.Person)));
        Assert.Equal(6.12m, d.Arguments[1]);
    }

    [Fact]
    public void Acquirable_shares_without_a_footnote_are_a_warning()
    {
        var f = Build();
        var young = f.BeneficialOwnership.Owners[8];
        young.Notes.Clear();
        Expect.Only(Check(f), "FF4112", young.LocationOf(nameof(BeneficialOwner.AcquirableWithin60Days)));
    }
}
