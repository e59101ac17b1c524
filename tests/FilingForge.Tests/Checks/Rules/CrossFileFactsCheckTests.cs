using FilingForge.Diagnostics;

namespace FilingForge.Tests.Checks.Rules;

public sealed class CrossFileFactsCheckTests
{
    [Fact]
    public void An_auditor_named_differently_in_the_fee_table_is_a_warning()
    {
        const string auditor = "auditor-fees.yaml#auditor";
        var result = SampleData.Load().Set(auditor, "KPMG LLP").Check();
        var d = Expect.Only(result.Diagnostics, "FF3108", result.At(auditor));
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void An_option_grants_table_for_another_fiscal_year_is_an_error()
    {
        const string fiscalYear = "option-grants.yaml#fiscal_year";
        var result = SampleData.Load().Set(fiscalYear, "2001").Check();
        Expect.Only(result.Diagnostics, "FF3109", result.At(fiscalYear));
    }
}
