using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Model;
using static FilingForge.Tests.Checks.SampleModel;

namespace FilingForge.Tests.Checks;

public sealed class FormRuleCheckTests
{
    [Fact]
    public void A_charter_amendment_in_a_definitive_filing_reminds_that_a_preliminary_filing_comes_first()
    {
        var f = Build();
        var proposal = f.Proposals.Proposals[1];
        Set(proposal, nameof(Proposal.Kind), ProposalKind.CharterAmendment);
        var d = Expect.Only(Check(f), "FF4101", proposal.LocationOf(nameof(Proposal.Kind)));
        Assert.Equal(Severity.Info, d.Severity);
        Assert.Equal("charter_amendment", d.Arguments[1]);
    }

    [Fact]
    public void A_charter_amendment_in_a_preliminary_filing_needs_no_reminder()
    {
        var f = Build();
        Set(f.Proposals.Proposals[1], nameof(Proposal.Kind), ProposalKind.CharterAmendment);
        Set(f.Meeting, nameof(MeetingFile.FilingType), FilingType.Preliminary);
        Assert.Empty(Check(f).Items);
    }

    [Fact]
    public void A_definitive_proxy_statement_without_a_mailing_date_is_a_warning()
    {
        var f = Build();
        Set(f.Meeting, nameof(MeetingFile.MailingDate), null);
        var d = Expect.Only(Check(f), "FF4102", f.Meeting.LocationOf(nameof(MeetingFile.FilingType)));
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void A_preliminary_proxy_statement_may_leave_the_mailing_date_blank()
    {
        var f = Build();
        Set(f.Meeting, nameof(MeetingFile.FilingType), FilingType.Preliminary);
        Set(f.Meeting, nameof(MeetingFile.MailingDate), null);
        Assert.Empty(Check(f).Items);
    }

    [Theory]
    [InlineData(nameof(Director.Age))]
    [InlineData(nameof(Director.DirectorSince))]
    public void A_nominee_without_age_or_director_since_is_an_error(string field)
    {
        var f = Build();
        var nominee = f.Directors.Directors[1];
        Set(nominee, field, null);
        Expect.Only(Check(f), "FF4114", nominee.LocationOf(nameof(Director.Person)));
    }

    [Fact]
    public void A_retiring_director_may_leave_out_age_and_director_since()
    {
        var f = Build();
        Set(f.Directors.Directors[4], nameof(Director.Age), null);
        Set(f.Directors.Directors[4], nameof(Director.DirectorSince), null);
        Assert.Empty(Check(f).Items);
    }

    [Fact]
    public void Proposals_not_numbered_from_one_are_an_error()
    {
        var f = Build();
        Set(f.Proposals.Proposals[1], nameof(Proposal.Number), 3);
        Expect.Only(Check(f), "FF4108", f.Proposals.Proposals[1].LocationOf(nameof(Proposal.Number)));
    }

    [Fact]
    public void Nominees_without_an_election_proposal_are_an_error()
    {
        var f = Build();
        Set(f.Proposals.Proposals[0], nameof(Proposal.Kind), ProposalKind.Other);
        var diagnostics = Check(f);
        Expect.One(diagnostics, "FF4109", f.Proposals.LocationOf(nameof(ProposalsFile.Proposals)));
        Assert.Equal(["FF4101", "FF4109"], Expect.Ids(diagnostics));
    }

    [Fact]
    public void An_election_proposal_without_nominees_is_an_error()
    {
        var f = Build();
        foreach (var director in f.Directors.Directors) Set(director, nameof(Director.Nominee), false);
        Expect.Only(Check(f), "FF4109", f.Proposals.Proposals[0].LocationOf(nameof(Proposal.Kind)));
    }

    [Fact]
    public void More_nominees_than_board_seats_is_an_error()
    {
        var f = Build();
        Set(f.Directors, nameof(DirectorsFile.AuthorizedBoardSize), 3);
        Expect.Only(Check(f), "FF4111", f.Directors.LocationOf(nameof(DirectorsFile.AuthorizedBoardSize)));
    }

}
