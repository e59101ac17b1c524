using FilingForge.Diagnostics;

namespace FilingForge.Tests.Checks.Rules;

public sealed class FilingTypeCheckTests
{
    private const string SecondKind = "proposals.yaml#proposals[1].kind";
    private const string FilingType = "meeting.yaml#filing_type";
    private const string MailingDate = "meeting.yaml#mailing_date";

    [Fact]
    public void A_charter_amendment_in_a_definitive_filing_reminds_that_a_preliminary_filing_comes_first()
    {
        var result = SampleData.Load().Set(SecondKind, "charter_amendment").Check();
        var d = Expect.Only(result.Diagnostics, "FF4101", result.At(SecondKind));
        Assert.Equal(Severity.Info, d.Severity);
        Assert.Equal("charter_amendment", d.Arguments[1]);
    }

    [Fact]
    public void A_charter_amendment_in_a_preliminary_filing_needs_no_reminder()
    {
        var result = SampleData.Load().Set(SecondKind, "charter_amendment").Set(FilingType, "preliminary").Check();
        Assert.Empty(result.Diagnostics.Items);
    }

    [Fact]
    public void A_definitive_proxy_statement_without_a_mailing_date_is_a_warning()
    {
        var result = SampleData.Load().Set(MailingDate, "null").Check();
        var d = Expect.Only(result.Diagnostics, "FF4102", result.At(FilingType));
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void A_preliminary_proxy_statement_may_leave_the_mailing_date_blank()
    {
        var result = SampleData.Load().Set(FilingType, "preliminary").Set(MailingDate, "null").Check();
        Assert.Empty(result.Diagnostics.Items);
    }
}
