using System.Text;
using BenchmarkDotNet.Attributes;
using FilingForge.Cards;
using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Writers.Pdf.Format;

namespace FilingForge.Benchmarks;

/// <summary>
/// Card throughput in-process (layout once, then per-holder stamping into one streamed PDF).
/// The 100,000-holder figure with peak working set comes from benchmarks/time-cli.sh (a whole process); here the
/// sizes stay small enough for BenchmarkDotNet's repeated runs.
/// </summary>
[MemoryDiagnoser]
public class CardBenchmarks
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("benchmark-key-not-secret-0123");
    private static readonly PdfDocumentInfo Info = new("Proxy card", "Annual meeting", "Capstone", new DateTimeOffset(2003, 4, 1, 0, 0, 0, TimeSpan.Zero));
    private CardTemplate _template = null!;
    private string _register = null!;
    private string _output = null!;

    [Params(1_000, 10_000)]
    public int Holders { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var diagnostics = new DiagnosticBag();
        var compiler = new FilingCompiler();
        var card = compiler.CompileDocuments(BuildOptions(Path.GetTempPath(), ["proxy-card"]), diagnostics)!.Single().Document;
        _template = CardTemplate.Create(card, compiler.LoadTheme(RepositoryRoot.Templates, diagnostics)!, diagnostics)!;
        _register = Path.Combine(Path.GetTempPath(), $"ff-bench-holders-{Holders}.csv");
        using (var writer = new StreamWriter(_register, false, new UTF8Encoding(false))) SyntheticRegister.Write(writer, Holders);
        _output = Directory.CreateTempSubdirectory("ff-bench-cards-").FullName;
    }

    [Benchmark]
    public long Cards() =>
        CardRun.Run(_template, Info, Key, "benchmark", new CardRunOptions(_register, _output), new DiagnosticBag()).Cards;

    [Benchmark]
    public CardTemplate? LayOutTheCardOnce()
    {
        var diagnostics = new DiagnosticBag();
        var compiler = new FilingCompiler();
        var card = compiler.CompileDocuments(BuildOptions(Path.GetTempPath(), ["proxy-card"]), diagnostics)!.Single().Document;
        return CardTemplate.Create(card, compiler.LoadTheme(RepositoryRoot.Templates, diagnostics)!, diagnostics);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_output, true);

    public static BuildOptions BuildOptions(string output, string[] documents) => new()
    {
        DataDirectory = RepositoryRoot.SampleData,
        OutputDirectory = output,
        TemplatesDirectory = RepositoryRoot.Templates,
        Documents = documents,
        Formats = ["html", "docx", "pdf"],
    };
}
