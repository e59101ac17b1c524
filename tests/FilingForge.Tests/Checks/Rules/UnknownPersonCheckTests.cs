namespace FilingForge.Tests.Checks.Rules;

public sealed class UnknownPersonCheckTests
{
    [Fact]
    public void A_misspelt_committee_member_is_an_unknown_person_with_a_suggestion()
    {
        const string Member = "committees.yaml#committees[0].members[1]";
        var result = SampleData.Load().Set(Member, "yuong").Check();
        var d = Expect.One(result.Diagnostics, "FF3101", result.At(Member));
        Assert.EndsWith("did you mean `young`?", d.Message);
    }

    [Fact]
    public void An_unknown_id_far_from_every_person_gets_no_suggestion()
    {
        const string Signer = "ethics.yaml#signers[0].person";
        var result = SampleData.Load().Set(Signer, "zzzzzzzzzz").Check();
        var d = Expect.Only(result.Diagnostics, "FF3101", result.At(Signer));
        Assert.DoesNotContain("did you mean", d.Message);
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("officer")]
    [InlineData("signer")]
    [InlineData("proxy")]
    [InlineData("recipient")]
    [InlineData("sct")]
    [InlineData("group")]
    [InlineData("chair")]
    public void Every_kind_of_person_reference_must_exist_in_people(string where)
    {
        var path = where switch
        {
            "owner" => "beneficial-ownership.yaml#owners[1].person",
            "officer" => "executive-officers.yaml#officers[0].person",
            "signer" => "ethics.yaml#signers[0].person",
            "recipient" => "option-grants.yaml#recipients[0].person",
            "sct" => "summary-compensation.yaml#officers[0].person",
            "chair" => "committees.yaml#committees[1].chair",
            "proxy" => "proxy-card.yaml#proxies[0]",
            _ => "beneficial-ownership.yaml#group.members[0]",
        };
        var result = SampleData.Load().Set(path, "nobody").Check();
        Expect.One(result.Diagnostics, "FF3101", result.At(path));
    }
}
