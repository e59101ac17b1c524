namespace FilingForge.Tests.Checks.Rules;

public sealed class ProposalsCheckTests
{
    private const string SecondNumber = "proposals.yaml#proposals[1].number";

    [Fact]
    public void Proposals_not_numbered_from_one_are_an_error()
    {
        var result = SampleData.Load().Set(SecondNumber, "3").Check();
        Expect.Only(result.Diagnostics, "FF4108", result.At(SecondNumber));
    }

    [Fact]
    public void Nominees_without_an_election_proposal_are_an_error()
    {
        var result = SampleData.Load().Set("proposals.yaml#proposals[0].kind", "other").Check();
        Expect.One(result.Diagnostics, "FF4109", result.At("proposals.yaml#proposals"));
        // Sorted by location, FF4109 at the `proposals:` line comes before FF4101 at the first proposal's kind.
        Assert.Equal(["FF4101", "FF4109"], Expect.Ids(result.Diagnostics).Order());
    }

    [Fact]
    public void An_election_proposal_without_nominees_is_an_error()
    {
        var sample = SampleData.Load();
        for (var i = 0; i < 5; i++) sample.Set($"directors.yaml#directors[{i}].nominee", "false");
        var result = sample.Check();
        Expect.Only(result.Diagnostics, "FF4109", result.At("proposals.yaml#proposals[0].kind"));
    }

    [Fact]
    public void More_nominees_than_board_seats_is_an_error()
    {
        const string boardSize = "directors.yaml#authorized_board_size";
        var result = SampleData.Load().Set(boardSize, "3").Check();
        Expect.Only(result.Diagnostics, "FF4111", result.At(boardSize));
    }
}
