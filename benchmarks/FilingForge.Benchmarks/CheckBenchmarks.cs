using BenchmarkDotNet.Attributes;
using FilingForge.Checks;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Values;

namespace FilingForge.Benchmarks;

/// <summary>
/// Each check of the Check stage alone on the sample filing, so the stage's time can be pinned on the checks that
/// spend it (<see cref="FrontEndBenchmarks.Check"/> runs them all). The figures are evaluated once in set-up, as the
/// first check to read one does in a build, so every check is measured on a warm tree.
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private FilingValues _filing = null!;
    private ICheck _check = null!;

    public static IEnumerable<string> Checks =>
        FilingChecker.Declared.Select(c => c.GetType().Name).Concat(FilingChecker.Rules.Keys);

    [ParamsSource(nameof(Checks))]
    public string Check { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _filing = FilingLoader.Load(RepositoryRoot.SampleData, new DiagnosticBag())!;
        FilingChecker.Check(_filing, new DiagnosticBag());
        _check = FilingChecker.Rules.GetValueOrDefault(Check) ?? FilingChecker.Declared.Single(c => c.GetType().Name == Check);
    }

    [Benchmark]
    public int Run()
    {
        var diagnostics = new DiagnosticBag();
        _check.Run(new CheckContext(_filing, diagnostics));
        return diagnostics.Items.Count;
    }
}
