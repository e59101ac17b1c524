using System.Globalization;

namespace FilingForge.Fuzz;

/// <summary><c>fuzz N [SEED] [SECONDS]</c>: a round of N mutations, printed as a summary and one line per finding.</summary>
public static class FuzzCommand
{
    public static int Run(string repositoryRoot, int mutations, int seed, int seconds)
    {
        var round = new FuzzRound(repositoryRoot, TimeSpan.FromSeconds(seconds));
        Console.WriteLine($"fuzz: {mutations} mutations of {string.Join(", ", round.Samples.Select(Path.GetFileName))}, seed {seed}, {seconds} s per run");
        var result = round.Run(mutations, seed, done => { if (done % 250 == 0) Console.WriteLine($"  {done} done"); });
        foreach (var f in result.Findings) Console.WriteLine($"{f.Kind} #{f.Index} {f.Sample}/{f.File} ({f.Mutation}): {f.Detail}");
        int Count(FuzzFindingKind kind) => result.Findings.Count(f => f.Kind == kind);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {result.Mutations} mutations, {result.CheckPassed} passed check and were built; crashes {Count(FuzzFindingKind.Crash)}, hangs {Count(FuzzFindingKind.Hang)}, disagreements {Count(FuzzFindingKind.Disagreement)}; {result.Elapsed.TotalSeconds:0} s"));
        return result.Findings.Count == 0 ? 0 : 1;
    }
}
