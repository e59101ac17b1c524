namespace FilingForge.Tests.Checks.Rules;

public sealed class AuditorFeeYearsCheckTests
{
    [Fact]
    public void Auditor_fees_missing_the_prior_fiscal_year_are_an_error()
    {
        var result = SampleData.Load().Remove("auditor-fees.yaml#years[1]").Check();
        Expect.Only(result.Diagnostics, "FF4104", result.At("auditor-fees.yaml#years"));
    }
}
