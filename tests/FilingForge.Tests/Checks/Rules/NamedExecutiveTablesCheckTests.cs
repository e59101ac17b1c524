namespace FilingForge.Tests.Checks.Rules;

public sealed class NamedExecutiveTablesCheckTests
{
    [Fact]
    public void A_named_executive_missing_from_the_grants_table_is_a_warning()
    {
        var result = SampleData.Load().Remove("option-grants.yaml#recipients[3]").Check();
        Expect.Only(result.Diagnostics, "FF3110", result.At("summary-compensation.yaml#officers[3].person"));
    }
}
