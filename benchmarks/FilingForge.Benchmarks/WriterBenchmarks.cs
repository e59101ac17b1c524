using BenchmarkDotNet.Attributes;
using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Theming;

namespace FilingForge.Benchmarks;

/// <summary>
/// Each stage after the front end and each writer on the sample filing, warm: Template, Parse, and the HTML
/// (both dialects), Word and PDF writers over all documents. Targets: all HTML under 300 ms, all .docx under 400 ms,
/// the proxy statement PDF under 300 ms.
/// </summary>
[MemoryDiagnoser]
public class WriterBenchmarks
{
    private List<FilingDocument> _documents = null!;
    private Theme _theme = null!;
    private BuildOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _options = new BuildOptions { DataDirectory = RepositoryRoot.SampleData, OutputDirectory = Path.GetTempPath(), TemplatesDirectory = RepositoryRoot.Templates };
        var compiler = new FilingCompiler();
        var diagnostics = new DiagnosticBag();
        _documents = compiler.CompileDocuments(_options, diagnostics)!.Select(d => d.Document).ToList();
        _theme = compiler.LoadTheme(_options.TemplatesDirectory, diagnostics)!;
    }

    [Benchmark]
    public int LoadThroughParse() => new FilingCompiler().CompileDocuments(_options, new DiagnosticBag())!.Count;

    [Benchmark]
    public int AllHtml() => FilingCompiler.WriteAll(_documents, _theme, ["html"], new DiagnosticBag()).Count;

    [Benchmark]
    public int AllDocx() => FilingCompiler.WriteAll(_documents, _theme, ["docx"], new DiagnosticBag()).Count;

    [Benchmark]
    public int AllPdf() => FilingCompiler.WriteAll(_documents, _theme, ["pdf"], new DiagnosticBag()).Count;

    [Benchmark]
    public int ProxyStatementPdf() => FilingCompiler.WriteAll(_documents.Where(d => d.Name == "proxy-statement").ToList(), _theme, ["pdf"], new DiagnosticBag()).Count;
}
