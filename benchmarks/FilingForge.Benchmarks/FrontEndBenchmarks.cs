using BenchmarkDotNet.Attributes;
using FilingForge.Checks;
using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Values;

namespace FilingForge.Benchmarks;

/// <summary>Load, Check and Compute of the sample filing: the front end must stay well under 150 ms after start-up.</summary>
[MemoryDiagnoser]
public class FrontEndBenchmarks
{
    private FilingValues _filing = null!;

    [GlobalSetup]
    public void Setup() => _filing = FilingLoader.Load(RepositoryRoot.SampleData, new DiagnosticBag())!;

    [Benchmark]
    public FilingValues? Load() => FilingLoader.Load(RepositoryRoot.SampleData, new DiagnosticBag());

    [Benchmark]
    public int Check()
    {
        var diagnostics = new DiagnosticBag();
        FilingChecker.Check(_filing, diagnostics);
        return diagnostics.Items.Count;
    }

    [Benchmark]
    public ComputedFiling Compute() => FilingCalculator.Compute(_filing);
}
