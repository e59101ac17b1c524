namespace FilingForge.Tests.Checks.Rules;

public sealed class OwnershipGroupCompositionCheckTests
{
    private const string Label = "beneficial-ownership.yaml#group.label";
    private const string Members = "beneficial-ownership.yaml#group.members";

    [Fact]
    public void A_group_member_who_is_neither_director_nor_officer_is_a_warning()
    {
        var result = SampleData.Load()
            .Add(Members, "chambers")
            .Set(Label, "Executive Officers and Directors as a group (8 persons)")
            .Check();
        Expect.Only(result.Diagnostics, "FF3111", result.At(Members + "[7]"));
    }

    [Fact]
    public void A_director_left_out_of_the_group_is_a_warning()
    {
        var result = SampleData.Load()
            .Remove(Members + "[6]")
            .Set(Label, "Executive Officers and Directors as a group (6 persons)")
            .Check();
        var d = Expect.Only(result.Diagnostics, "FF3111", result.At(Members));
        Assert.Equal("Eric Young", d.Arguments[0]);
    }
}
