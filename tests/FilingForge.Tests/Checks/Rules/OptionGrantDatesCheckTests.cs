namespace FilingForge.Tests.Checks.Rules;

public sealed class OptionGrantDatesCheckTests
{
    [Fact]
    public void An_option_expiring_before_its_grant_is_an_error()
    {
        const string expiration = "option-grants.yaml#recipients[0].grants[0].expiration_date";
        var result = SampleData.Load().Set(expiration, "2001-06-26").Check();
        Expect.Only(result.Diagnostics, "FF3304", result.At(expiration));
    }

    [Fact]
    public void An_option_granted_outside_the_fiscal_year_is_an_error()
    {
        const string granted = "option-grants.yaml#recipients[2].grants[0].grant_date";
        var result = SampleData.Load().Set(granted, "2001-12-31").Check();
        Expect.Only(result.Diagnostics, "FF3305", result.At(granted));
    }
}
