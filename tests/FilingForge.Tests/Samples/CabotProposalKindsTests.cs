using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Tests.Compilation;
using FilingForge.Tests.Review;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Samples;

/// <summary>
/// The proposal kinds of today's proxy, beyond Cabot's own four: a say-on-pay frequency vote gets its four boxes on the
/// card and the Board's recommended frequency in the statement, and, like say-on-pay, needs no preliminary filing.
/// </summary>
public sealed class CabotProposalKindsTests : IDisposable
{
    private readonly SampleCopy _copy = new(SampleCopy.CabotFolder);

    private string Folder => _copy.Folder;

    public CabotProposalKindsTests()
    {
        var path = Path.Combine(Folder, "proposals.yaml");
        File.WriteAllText(path, File.ReadAllText(path).TrimEnd('\n') + """

              - number: 5
                kind: say_on_pay_frequency
                title: Advisory Vote on the Frequency of Future Advisory Votes on Executive Compensation
                notice_text: To recommend, in an advisory vote, how often stockholders vote on executive compensation;
                card_text: To recommend, in an advisory vote, the frequency of future advisory votes on executive compensation.
                board_recommendation: one_year
                advisory: true
                required_vote: |
                  The frequency that receives the most votes cast is the stockholders' recommendation.

            """);
    }

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void A_charter_amendment_in_a_definitive_filing_is_FF4101_where_the_frequency_vote_is_not()
    {
        var path = Path.Combine(Folder, "proposals.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("kind: equity_plan", "kind: charter_amendment", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();

        FrontEnd.Run(Folder, warningsAsErrors: false, diagnostics, new StageClock());

        var error = Assert.Single(diagnostics.Items, d => d.Id == "FF4101");
        Assert.Contains("charter_amendment", error.Message);
    }

    [Fact]
    public void A_frequency_vote_has_one_two_and_three_years_and_abstain_on_the_card_and_needs_no_preliminary_filing()
    {
        var diagnostics = new DiagnosticBag();
        var documents = new FilingCompiler().CompileDocuments(SampleBuild.Options(Path.Combine(Folder, "out"), Folder), diagnostics);

        Assert.True(documents is not null, string.Join("\n", diagnostics.Sorted()));
        Assert.DoesNotContain(diagnostics.Items, d => d.Id == "FF4101");
        var card = documents!.Single(d => d.Document.Name == "proxy-card").Source.Markdown;
        Assert.Contains("@@checkboxes [ ] 1 YEAR || [ ] 2 YEARS || [ ] 3 YEARS || [ ] ABSTAIN", card);
        Assert.Contains("The Board of Directors recommends a vote for every 1 YEAR.", card);
        var statement = documents.Single(d => d.Document.Name == "proxy-statement").Source.Markdown;
        Assert.Contains("RECOMMENDS A VOTE FOR A FREQUENCY OF EVERY \"ONE YEAR\" ON PROPOSAL 5.", statement);
    }
}
