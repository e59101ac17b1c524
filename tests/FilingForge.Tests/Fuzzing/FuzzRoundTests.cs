using FilingForge.Fuzz;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Fuzzing;

/// <summary>
/// Issue 16: a short fuzz round on every commit. 200 mutations of the samples' data files, each checked and (when
/// check passes) built in every format, with no crash, no hang and no error that build finds and check does not. The
/// long round is <c>dotnet run -c Release --project benchmarks/FilingForge.Benchmarks -- fuzz 5000</c>.
/// </summary>
public sealed class FuzzRoundTests
{
    [Fact]
    public void Two_hundred_mutations_of_the_samples_give_no_crash_no_hang_and_no_check_build_disagreement()
    {
        var result = new FuzzRound(RepositoryPaths.Root, TimeSpan.FromSeconds(60)).Run(mutations: 200, seed: 16);

        Assert.True(result.Findings.Count == 0, string.Join("\n", result.Findings));
        Assert.True(result.CheckPassed > 20, $"only {result.CheckPassed} of 200 mutations passed check; the round builds too little to find anything");
    }
}
