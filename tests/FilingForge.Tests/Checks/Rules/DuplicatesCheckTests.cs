namespace FilingForge.Tests.Checks.Rules;

public sealed class DuplicatesCheckTests
{
    [Fact]
    public void A_person_id_defined_twice_is_an_error_at_the_second()
    {
        var result = SampleData.Load().Add("people.yaml#people", "{ id: young, name: Eric Young, honorific: Mr., surname: Young }").Check();
        Expect.Only(result.Diagnostics, "FF3102", result.At("people.yaml#people[9].id"));
    }

    [Fact]
    public void A_director_listed_twice_is_a_duplicate_nominee()
    {
        var result = SampleData.Load()
            .Add("directors.yaml#directors", "{ person: young, age: 47, director_since: 1993, nominee: true, independent: true }")
            .Set("directors.yaml#authorized_board_size", "6")
            .Check();
        Expect.Only(result.Diagnostics, "FF3103", result.At("directors.yaml#directors[5].person"));
    }

    [Fact]
    public void A_committee_member_listed_twice_is_an_error_at_the_repeat()
    {
        var result = SampleData.Load().Add("committees.yaml#committees[1].members", "marcoux").Check();
        Expect.Only(result.Diagnostics, "FF3103", result.At("committees.yaml#committees[1].members[3]"));
    }

    [Fact]
    public void A_proposal_number_used_twice_is_an_error()
    {
        const string Number = "proposals.yaml#proposals[1].number";
        var result = SampleData.Load().Set(Number, "1").Check();
        Expect.One(result.Diagnostics, "FF3104", result.At(Number));
        Assert.Equal(["FF3104", "FF4108"], Expect.Ids(result.Diagnostics));
    }
}
