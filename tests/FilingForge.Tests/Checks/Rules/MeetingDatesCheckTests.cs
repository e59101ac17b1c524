namespace FilingForge.Tests.Checks.Rules;

public sealed class MeetingDatesCheckTests
{
    [Fact]
    public void A_record_date_after_the_meeting_is_an_error()
    {
        const string recordDate = "meeting.yaml#record_date";
        var result = SampleData.Load().Set(recordDate, "2003-06-01").Check();
        Expect.Only(result.Diagnostics, "FF3306", result.At(recordDate));
    }

    [Fact]
    public void A_fiscal_year_ending_after_the_meeting_is_an_error()
    {
        const string fiscalYearEnd = "meeting.yaml#fiscal_year_end";
        var result = SampleData.Load().Set(fiscalYearEnd, "2003-12-31").Check();
        Expect.One(result.Diagnostics, "FF3306", result.At(fiscalYearEnd));
    }

    [Fact]
    public void An_ownership_date_after_the_meeting_is_an_error()
    {
        const string asOf = "beneficial-ownership.yaml#as_of";
        var result = SampleData.Load().Set(asOf, "2003-06-02").Check();
        Expect.Only(result.Diagnostics, "FF3306", result.At(asOf));
    }

    [Fact]
    public void An_electronic_voting_deadline_after_the_meeting_day_is_an_error()
    {
        const string deadline = "meeting.yaml#electronic_voting_deadline.date";
        var result = SampleData.Load().Set(deadline, "2003-05-31").Check();
        Expect.Only(result.Diagnostics, "FF3306", result.At(deadline));
    }

    [Fact]
    public void Next_year_s_stockholder_proposal_deadline_before_this_meeting_is_an_error()
    {
        const string deadline = "meeting.yaml#stockholder_proposal_deadline";
        var result = SampleData.Load().Set(deadline, "2003-01-01").Check();
        Expect.Only(result.Diagnostics, "FF3306", result.At(deadline));
    }

    [Fact]
    public void A_meeting_year_that_is_not_the_meeting_date_s_year_is_an_error()
    {
        const string meetingYear = "meeting.yaml#meeting_year";
        var result = SampleData.Load().Set(meetingYear, "2002").Check();
        Expect.One(result.Diagnostics, "FF3307", result.At(meetingYear));
    }
}
