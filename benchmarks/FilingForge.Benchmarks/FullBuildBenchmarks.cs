using BenchmarkDotNet.Attributes;
using FilingForge.Compilation;
using FilingForge.Diagnostics;

namespace FilingForge.Benchmarks;

/// <summary>
/// The full sample build (all documents, all three formats) warm and in-process: target under 200 ms. Compiling is
/// everything in memory; building also commits the 16 files and the manifest to disk, flushed, as <c>filingforge build</c> does.
/// </summary>
[MemoryDiagnoser]
public class FullBuildBenchmarks
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "filingforge-bench-build");

    [Benchmark]
    public int CompileEverything()
    {
        var diagnostics = new DiagnosticBag();
        return new FilingCompiler().Compile(CardBenchmarks.BuildOptions(Path.GetTempPath(), []), diagnostics)?.Count ?? -1;
    }

    [Benchmark]
    public int BuildEverythingToDisk() => new FilingCompiler().Build(CardBenchmarks.BuildOptions(_output, [])).Outputs.Count;
}
