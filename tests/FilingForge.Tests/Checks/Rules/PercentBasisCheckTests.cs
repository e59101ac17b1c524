namespace FilingForge.Tests.Checks.Rules;

public sealed class PercentBasisCheckTests
{
    [Fact]
    public void Percent_of_class_on_shares_outstanding_alone_is_a_warning_listing_the_lines_the_rule_changes()
    {
        const string basis = "beneficial-ownership.yaml#percent_basis";
        var result = SampleData.Load().Set(basis, "outstanding_only").Check();
        var d = Expect.Only(result.Diagnostics, "FF4113", result.At(basis));
        Assert.Equal("Ake Almgren 2.58% would be 2.51%; Executive Officers and Directors as a group (7 persons) 6.67% would be 6.65%", d.Arguments[0]);
    }
}
