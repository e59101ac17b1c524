using FilingForge.Diagnostics;
using FilingForge.Model;
using static FilingForge.Tests.Checks.SampleModel;

namespace FilingForge.Tests.Checks;

public sealed class ConsistencyCheckTests
{
    [Fact]
    public void Card_nominees_differing_from_proposal_1_name_the_missing_and_the_extra()
    {
        var f = Build();
        Set(f.ProxyCard, nameof(ProxyCardFile.Nominees), new List<string> { "protsch", "jaggers", "marcoux", "aube", "koyama" });
        var d = Expect.Only(Check(f), "FF3105", f.ProxyCard.LocationOf(nameof(ProxyCardFile.Nominees)));
        Assert.Equal(5, d.Arguments[0]);
        Assert.Equal(4, d.Arguments[1]);
        Assert.Equal("missing from the card: Eric Young; on the card but not nominated: Richard Aube, Harol Koyama", d.Arguments[2]);
    }

    [Fact]
    public void Card_nominees_in_another_order_are_an_error()
    {
        var f = Build();
        Set(f.ProxyCard, nameof(ProxyCardFile.Nominees), new List<string> { "young", "protsch", "jaggers", "marcoux" });
        var d = Expect.Only(Check(f), "FF3105", f.ProxyCard.LocationOf(nameof(ProxyCardFile.Nominees)));
        Assert.Contains("different order", d.Message);
    }

    [Fact]
    public void Card_nominees_equal_to_the_statement_s_pass()
    {
        var f = Build();
        Set(f.ProxyCard, nameof(ProxyCardFile.Nominees), new List<string> { "protsch", "jaggers", "marcoux", "young" });
        Assert.Empty(Check(f).Items);
    }

    [Fact]
    public void An_auditor_named_differently_in_the_fee_table_is_a_warning()
    {
        var f = Build();
        Set(f.AuditorFees, nameof(AuditorFeesFile.Auditor), "KPMG LLP");
        var d = Expect.Only(Check(f), "FF3108", f.AuditorFees.LocationOf(nameof(AuditorFeesFile.Auditor)));
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void An_option_grants_table_for_another_fiscal_year_is_an_error()
    {
        var f = Build();
        Set(f.OptionGrants, nameof(OptionGrantsFile.FiscalYear), 2001);
        Expect.Only(Check(f), "FF3109", f.OptionGrants.LocationOf(nameof(OptionGrantsFile.FiscalYear)));
    }

    [Fact]
    public void A_named_executive_missing_from_the_grants_table_is_a_warning()
    {
        var f = Build();
        f.OptionGrants.Recipients.RemoveAt(3);
        var chambers = f.SummaryCompensation.Officers[3];
        Expect.Only(Check(f), "FF3110", chambers.LocationOf(nameof(NamedExecutive.Person)));
    }

    [Fact]
    public void A_group_member_who_is_neither_director_nor_officer_is_a_warning()
    {
        var f = Build();
        f.BeneficialOwnership.Group.Members.Add("chambers");
        Set(f.BeneficialOwnership.Group, nameof(OwnershipGroup.Label), "Executive Officers and Directors as a group (8 persons)");
        Expect.Only(Check(f), "FF3111", Located(f, f.BeneficialOwnership.Group, "Members[7]"));
    }

    [Fact]
    public void A_director_left_out_of_the_group_is_a_warning()
    {
        var f = Build();
        f.BeneficialOwnership.Group.Members.Remove("young");
        Set(f.BeneficialOwnership.Group, nameof(OwnershipGroup.Label), "Executive Officers and Directors as a group (6 persons)");
        var d = Expect.Only(Check(f), "FF3111", f.BeneficialOwnership.Group.LocationOf(nameof(OwnershipGroup.Members)));
        Assert.Equal("Eric Young", d.Arguments[0]);
    }

    [Fact]
    public void A_referenced_footnote_that_is_not_defined_is_an_error()
    {
        var f = Build();
        var aube = f.BeneficialOwnership.Owners[4];
        aube.Notes.Add("7");
        Expect.Only(Check(f), "FF3201", aube.LocationOf(nameof(BeneficialOwner.Notes)));
    }

    [Fact]
    public void A_defined_footnote_that_nothing_refers_to_is_a_warning()
    {
        var f = Build();
        var unused = new Footnote { Id = "9", Text = Md("Nobody refers to this.") };
        f.AuditorFees.Footnotes.Add(unused);
        var d = Expect.Only(Check(f), "FF3202", unused.LocationOf(nameof(Footnote.Id)));
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void A_footnote_with_a_column_counts_as_used()
    {
        var f = Build();
        f.OptionExercises.Footnotes.Add(new Footnote { Id = "2", Column = "in_the_money_options", Text = Md("Based on $0.90.") });
        Assert.Empty(Check(f).Items);
    }

    [Fact]
    public void A_footnote_referred_to_from_the_table_s_introduction_counts_as_used()
    {
        var f = Build();
        f.PerformanceGraph.Footnotes.Add(new Footnote { Id = "2", Text = Md("The MLET index.") });
        Set(f.PerformanceGraph, nameof(PerformanceGraphFile.Introduction), Md("Last year's index (MLET)[^2] was discontinued."));
        Assert.Empty(Check(f).Items);
    }

    [Fact]
    public void The_less_than_one_percent_star_must_be_defined_when_a_line_is_below_one_percent()
    {
        var f = Build();
        f.BeneficialOwnership.Footnotes.RemoveAt(0);
        Expect.Only(Check(f), "FF3201", f.BeneficialOwnership.LocationOf(nameof(BeneficialOwnershipFile.Owners)));
    }

    [Fact]
    public void The_less_than_one_percent_star_is_unused_when_no_line_is_below_one_percent()
    {
        var f = Build();
        var star = f.BeneficialOwnership.Footnotes[0];
        f.BeneficialOwnership.Owners.RemoveAll(o => o.Shares < 817_008);
        f.BeneficialOwnership.Owners.Add(new BeneficialOwner { Person = "chambers", Shares = 900_000 });
        f.BeneficialOwnership.Owners.Add(new BeneficialOwner { Person = "clark", Shares = 900_000 });
        f.BeneficialOwnership.Owners.Add(new BeneficialOwner { Person = "koyama", Shares = 900_000 });
        f.BeneficialOwnership.Owners.Add(new BeneficialOwner { Person = "jaggers", Shares = 900_000 });
        f.BeneficialOwnership.Owners.Add(new BeneficialOwner { Person = "young", Shares = 900_000 });
        Expect.One(Check(f), "FF3202", star.LocationOf(nameof(Footnote.Id)));
    }

    [Fact]
    public void A_row_note_on_an_unknown_column_is_an_error()
    {
        var f = Build();
        var year = f.SummaryCompensation.Officers[1].Years[0];
        year.Notes["salray"] = year.Notes["all_other_compensation"];
        year.Notes.Remove("all_other_compensation");
        Expect.Only(Check(f), "FF3203", year.LocationOf(nameof(CompensationYear.Notes)));
    }

    [Fact]
    public void A_footnote_on_an_unknown_column_is_an_error()
    {
        var f = Build();
        var note = f.AuditorFees.Footnotes[0];
        Set(note, nameof(Footnote.Column), "audit");
        Expect.Only(Check(f), "FF3203", note.LocationOf(nameof(Footnote.Column)));
    }

    [Fact]
    public void A_footnote_defined_twice_is_an_error()
    {
        var f = Build();
        var twice = new Footnote { Id = "2", Text = Md("Again.") };
        f.BeneficialOwnership.Footnotes.Add(twice);
        Expect.Only(Check(f), "FF3204", twice.LocationOf(nameof(Footnote.Id)));
    }

    [Fact]
    public void An_option_expiring_before_its_grant_is_an_error()
    {
        var f = Build();
        var grant = f.OptionGrants.Recipients[0].Grants[0];
        Set(grant, nameof(OptionGrant.ExpirationDate), new DateOnly(2001, 6, 26));
        Expect.Only(Check(f), "FF3304", grant.LocationOf(nameof(OptionGrant.ExpirationDate)));
    }

    [Fact]
    public void An_option_granted_outside_the_fiscal_year_is_an_error()
    {
        var f = Build();
        var grant = f.OptionGrants.Recipients[2].Grants[0];
        Set(grant, nameof(OptionGrant.GrantDate), new DateOnly(2001, 12, 31));
        Expect.Only(Check(f), "FF3305", grant.LocationOf(nameof(OptionGrant.GrantDate)));
    }

    [Fact]
    public void A_record_date_after_the_meeting_is_an_error()
    {
        var f = Build();
        Set(f.Meeting, nameof(MeetingFile.RecordDate), new DateOnly(2003, 6, 1));
        Expect.Only(Check(f), "FF3306", f.Meeting.LocationOf(nameof(MeetingFile.RecordDate)));
    }

    [Fact]
    public void A_fiscal_year_ending_after_the_meeting_is_an_error()
    {
        var f = Build();
        Set(f.Meeting, nameof(MeetingFile.FiscalYearEnd), new DateOnly(2003, 12, 31));
        var diagnostics = Check(f);
        Expect.One(diagnostics, "FF3306", f.Meeting.LocationOf(nameof(MeetingFile.FiscalYearEnd)));
    }

    [Fact]
    public void An_ownership_date_after_the_meeting_is_an_error()
    {
        var f = Build();
        Set(f.BeneficialOwnership, nameof(BeneficialOwnershipFile.AsOf), new DateOnly(2003, 6, 2));
        Expect.Only(Check(f), "FF3306", f.BeneficialOwnership.LocationOf(nameof(BeneficialOwnershipFile.AsOf)));
    }

    [Fact]
    public void An_electronic_voting_deadline_after_the_meeting_day_is_an_error()
    {
        var f = Build();
        var deadline = f.Meeting.ElectronicVotingDeadline;
        Set(deadline, nameof(VotingDeadline.Date), new DateOnly(2003, 5, 31));
        Expect.Only(Check(f), "FF3306", deadline.LocationOf(nameof(VotingDeadline.Date)));
    }

    [Fact]
    public void Next_year_s_stockholder_proposal_deadline_before_this_meeting_is_an_error()
    {
        var f = Build();
        Set(f.Meeting, nameof(MeetingFile.StockholderProposalDeadline), new DateOnly(2003, 1, 1));
        Expect.Only(Check(f), "FF3306", f.Meeting.LocationOf(nameof(MeetingFile.StockholderProposalDeadline)));
    }

    [Fact]
    public void More_shares_outstanding_than_authorized_is_an_error()
    {
        var f = Build();
        Set(f.Company, nameof(CompanyFile.CommonSharesAuthorized), 80_000_000L);
        Expect.Only(Check(f), "FF2110", f.Meeting.LocationOf(nameof(MeetingFile.SharesOutstanding)));
    }

    [Fact]
    public void A_signer_told_to_return_the_certification_to_the_office_the_signer_holds_is_a_warning_at_return_to()
    {
        var f = Build();
        var certification = f.Ethics.Certification;
        Set(certification, nameof(EthicsCertification.ReturnTo), "Chief Financial Officer");
        var d = Expect.Only(Check(f), "FF3114", certification.LocationOf(nameof(EthicsCertification.ReturnTo)));
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void An_interim_holder_of_the_office_named_for_the_return_is_still_its_holder()
    {
        var f = Build();
        Set(f.Ethics.Certification, nameof(EthicsCertification.ReturnTo), "the chief executive officer");
        Set(f.Ethics.Signers[0], nameof(EthicsSigner.Position), "Chief Executive Officer (Interim)");
        Assert.Contains("FF3114", Expect.Ids(Check(f)));
    }

    [Fact]
    public void A_certification_returned_to_an_office_no_signer_holds_is_not_reported()
    {
        var f = Build();
        Set(f.Ethics.Certification, nameof(EthicsCertification.ReturnTo), "Chair of the Audit Committee");
        Assert.DoesNotContain("FF3114", Expect.Ids(Check(f)));
    }

    [Fact]
    public void A_meeting_year_that_is_not_the_meeting_date_s_year_is_an_error()
    {
        var f = Build();
        Set(f.Meeting, nameof(MeetingFile.MeetingYear), 2002);
        Expect.One(Check(f), "FF3307", f.Meeting.LocationOf(nameof(MeetingFile.MeetingYear)));
    }

    /// <summary>Location of a list element after assigning locations (Check assigns them again, identically).</summary>
    private static Diagnostics.SourceLocation Located(Filing f, ModelNode node, string key)
    {
        AssignLocations(f);
        return node.LocationOf(key);
    }
}
