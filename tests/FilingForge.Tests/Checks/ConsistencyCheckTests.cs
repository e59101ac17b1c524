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

    private static Func<Diagnostics.SourceLocation> Change(ModelNode node, string property)
    {
        Set(node, property, "nobody");
        return () => node.LocationOf(property);
    }

    private static Func<Diagnostics.SourceLocation> ChangeItem(Filing f, ModelNode node, List<string> list, string property)
    {
        list[0] = "nobody";
        return () => node.LocationOf($"{property}[0]");
    }

    /// <summary>Location of a list element after assigning locations (Check assigns them again, identically).</summary>
    private static Diagnostics.SourceLocation Located(Filing f, ModelNode node, string key)
    {
        AssignLocations(f);
        return node.LocationOf(key);
    }
}
