namespace FilingForge.Tests.Checks.Rules;

public sealed class CardNomineesCheckTests
{
    private const string CardNominees = "proxy-card.yaml#nominees";

    [Fact]
    public void Card_nominees_differing_from_proposal_1_name_the_missing_and_the_extra()
    {
        var result = SampleData.Load().Set(CardNominees, "[protsch, jaggers, marcoux, aube, koyama]").Check();
        var d = Expect.Only(result.Diagnostics, "FF3105", result.At(CardNominees));
        Assert.Equal(5, d.Arguments[0]);
        Assert.Equal(4, d.Arguments[1]);
        Assert.Equal("missing from the card: Eric Young; on the card but not nominated: Richard Aube, Harol Koyama", d.Arguments[2]);
    }

    [Fact]
    public void Card_nominees_in_another_order_are_an_error()
    {
        var result = SampleData.Load().Set(CardNominees, "[young, protsch, jaggers, marcoux]").Check();
        var d = Expect.Only(result.Diagnostics, "FF3105", result.At(CardNominees));
        Assert.Contains("different order", d.Message);
    }

    [Fact]
    public void Card_nominees_equal_to_the_statement_s_pass()
    {
        var result = SampleData.Load().Set(CardNominees, "[protsch, jaggers, marcoux, young]").Check();
        Assert.Empty(result.Diagnostics.Items);
    }
}
