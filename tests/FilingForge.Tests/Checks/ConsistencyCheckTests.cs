using FilingForge.Diagnostics;
using FilingForge.Model;
using static FilingForge.Tests.Checks.SampleModel;

namespace FilingForge.Tests.Checks;

public sealed class ConsistencyCheckTests
{
    [Fact]
    public void A_misspelt_committee_member_is_an_unknown_person_with_a_suggestion()
    {
        var f = Build();
        var audit = f.Committees.Committees[0];
        audit.Members[1] = "yuong";
        var d = Expect.One(Check(f), "FF3101", Located(f, audit, "Members[1]"));
        Assert.EndsWith("did you mean `young`?", d.Message);
    }

    [Fact]
    public void An_unknown_id_far_from_every_person_gets_no_suggestion()
    {
        var f = Build();
        var signer = f.Ethics.Signers[0];
        Set(signer, nameof(EthicsSigner.Person), "zzzzzzzzzz");
        var d = Expect.Only(Check(f), "FF3101", signer.LocationOf(nameof(EthicsSigner.Person)));
        Assert.DoesNotContain("did you mean", d.Message);
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("officer")]
    [InlineData("signer")]
    [InlineData("proxy")]
    [InlineData("recipient")]
    [InlineData("sct")]
    [InlineData("group")]
    [InlineData("chair")]
    public void Every_kind_of_person_reference_must_exist_in_people(string where)
    {
        var f = Build();
        var location = where switch
        {
            "owner" => Change(f.BeneficialOwnership.Owners[1], nameof(BeneficialOwner.Person)),
            "officer" => Change(f.ExecutiveOfficers.Officers[0], nameof(ExecutiveOfficer.Person)),
            "signer" => Change(f.Ethics.Signers[0], nameof(EthicsSigner.Person)),
            "recipient" => Change(f.OptionGrants.Recipients[0], nameof(GrantRecipient.Person)),
            "sct" => Change(f.SummaryCompensation.Officers[0], nameof(NamedExecutive.Person)),
            "chair" => Change(f.Committees.Committees[1], nameof(Committee.Chair)),
            "proxy" => ChangeItem(f, f.ProxyCard, f.ProxyCard.Proxies, nameof(ProxyCardFile.Proxies)),
            _ => ChangeItem(f, f.BeneficialOwnership.Group, f.BeneficialOwnership.Group.Members, nameof(OwnershipGroup.Members)),
        };
        var diagnostics = Check(f);
        Expect.One(diagnostics, "FF3101", location());
    }

    [Fact]
    public void A_person_id_defined_twice_is_an_error_at_the_second()
    {
        var f = Build();
        var twin = new Person { Id = "young", Name = "Eric Young", Honorific = "Mr.", Surname = "Young" };
        f.People.People.Add(twin);
        Expect.Only(Check(f), "FF3102", twin.LocationOf(nameof(Person.Id)));
    }

    [Fact]
    public void A_director_listed_twice_is_a_duplicate_nominee()
    {
        var f = Build();
        var again = new Director { Person = "young", Age = 47, DirectorSince = 1993, Nominee = true, Independent = true };
        f.Directors.Directors.Add(again);
        Set(f.Directors, nameof(DirectorsFile.AuthorizedBoardSize), 6);
        Expect.Only(Check(f), "FF3103", again.LocationOf(nameof(Director.Person)));
    }

    [Fact]
    public void A_committee_member_listed_twice_is_an_error_at_the_repeat()
    {
        var f = Build();
        var compensation = f.Committees.Committees[1];
        compensation.Members.Add("marcoux");
        Expect.Only(Check(f), "FF3103", Located(f, compensation, "Members[3]"));
    }

    [Fact]
    public void A_proposal_number_used_twice_is_an_error()
    {
        var f = Build();
        var second = f.Proposals.Proposals[1];
        Set(second, nameof(Proposal.Number), 1);
        var diagnostics = Check(f);
        Expect.One(diagnostics, "FF3104", second.LocationOf(nameof(Proposal.Number)));
        Assert.Equal(["FF3104", "FF4108"], Expect.Ids(diagnostics));
    }

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
    public void A_committee_chair_who_is_not_a_member_is_an_error_at_the_chair()
    {
        var f = Build();
        var audit = f.Committees.Committees[0];
        Set(audit, nameof(Committee.Chair), "jaggers");
        Expect.Only(Check(f), "FF3106", audit.LocationOf(nameof(Committee.Chair)));
    }

    [Fact]
    public void A_committee_report_of_an_unknown_committee_is_an_error()
    {
        var f = Build();
        var report = f.Reports.AuditCommittee;
        Set(report, nameof(CommitteeReport.Committee), "audt");
        var d = Expect.Only(Check(f), "FF3107", report.LocationOf(nameof(CommitteeReport.Committee)));
        Assert.EndsWith("did you mean `audit`?", d.Message);
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

    [Theory]
    [InlineData(17)]
    [InlineData(101)]
    public void An_implausible_age_is_an_error(int age)
    {
        var f = Build();
        var director = f.Directors.Directors[2];
        Set(director, nameof(Director.Age), age);
        Expect.Only(Check(f), "FF3301", director.LocationOf(nameof(Director.Age)));
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2004)]
    public void A_director_since_year_before_1900_or_after_the_meeting_is_an_error(int year)
    {
        var f = Build();
        var director = f.Directors.Directors[1];
        Set(director, nameof(Director.DirectorSince), year);
        Expect.Only(Check(f), "FF3302", director.LocationOf(nameof(Director.DirectorSince)));
    }

    [Fact]
    public void A_chairman_since_date_after_the_meeting_is_an_error()
    {
        var f = Build();
        var chairman = f.Directors.Directors[0];
        Set(chairman, nameof(Director.ChairmanSince), new DateOnly(2003, 6, 1));
        Expect.Only(Check(f), "FF3303", chairman.LocationOf(nameof(Director.ChairmanSince)));
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
    public void A_committee_member_who_is_not_a_director_is_an_error()
    {
        var f = Build();
        var audit = f.Committees.Committees[0];
        audit.Members.Add("clark");
        Expect.Only(Check(f), "FF3112", Located(f, audit, "Members[2]"));
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
    public void Two_chairmen_are_an_error_at_the_second()
    {
        var f = Build();
        var young = f.Directors.Directors[3];
        Set(young, nameof(Director.Chairman), true);
        Expect.Only(Check(f), "FF3113", young.LocationOf(nameof(Director.Chairman)));
    }

    [Fact]
    public void A_chairman_since_date_without_the_chairman_flag_is_an_error()
    {
        var f = Build();
        var jaggers = f.Directors.Directors[1];
        Set(jaggers, nameof(Director.ChairmanSince), new DateOnly(2001, 1, 1));
        Expect.Only(Check(f), "FF3113", jaggers.LocationOf(nameof(Director.ChairmanSince)));
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
