using BenchmarkDotNet.Attributes;
using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Parsing;
using FilingForge.Review.Diff;

namespace FilingForge.Benchmarks;

/// <summary>
/// The redline's comparison of two versions of the full proxy statement (a salary changed, a sentence reworded, a
/// paragraph inserted, a paragraph deleted): it must stay well under 1 s.
/// </summary>
[MemoryDiagnoser]
public class DiffBenchmarks
{
    private FilingDocument _old = null!;
    private FilingDocument _new = null!;

    [GlobalSetup]
    public void Setup()
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions
        {
            DataDirectory = RepositoryRoot.SampleData, OutputDirectory = "", TemplatesDirectory = RepositoryRoot.Templates,
            Documents = ["proxy-statement"],
        };
        var statement = new FilingCompiler().CompileDocuments(options, diagnostics)!.Single();
        _old = statement.Document;
        var markdown = statement.Source.Markdown;
        var firstParagraph = markdown.IndexOf("\n\nThe ", StringComparison.Ordinal);
        var edited = markdown
            .Replace("235,096", "241,000")
            .Replace("Board of Directors", "Board")
            .Insert(firstParagraph, "\n\nA paragraph added in the second draft, to be reviewed by counsel.");
        _new = MarkdownParser.Parse(edited, statement.Source.Name, statement.Source.Properties, diagnostics);
    }

    [Benchmark]
    public int CompareDrafts() => DocumentDiff.Compare(_old, _new).Summary.Total;

    [Benchmark]
    public int CompareWithItself() => DocumentDiff.Compare(_old, _old).Summary.Total;
}
