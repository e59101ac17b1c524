namespace FilingForge.Tests.Checks.Rules;

public sealed class OptionGrantTotalsCheckTests
{
    private const string Total = "option-grants.yaml#total_options_granted_to_employees";

    [Fact]
    public void Printed_option_percentages_rounding_above_100_are_an_error()
    {
        // Five grants adding up to the total: four of 20.005% print as 20.01%, so the column prints 100.02%.
        var result = SampleData.Load()
            .Set(Total, "200000")
            .Set("option-grants.yaml#recipients[0].grants[0].shares", "40010")
            .Set("option-grants.yaml#recipients[1].grants[0].shares", "40010")
            .Set("option-grants.yaml#recipients[1].grants[1].shares", "40010")
            .Set("option-grants.yaml#recipients[2].grants[0].shares", "40010")
            .Set("option-grants.yaml#recipients[2].grants[1].shares", "39960")
            .Check();
        var d = Expect.Only(result.Diagnostics, "FF2104", result.At(Total));
        Assert.Equal(100.02m, d.Arguments[0]);
    }
}
