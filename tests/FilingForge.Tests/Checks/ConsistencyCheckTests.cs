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
    public void A_committee_member_who_is_not_a_director_is_an_error()
    {
        var f = Build();
        var audit = f.Committees.Committees[0];
        audit.Members.Add("clark");
        Expect.Only(Check(f), "FF3112", Located(f, audit, "Members[2]"));
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
