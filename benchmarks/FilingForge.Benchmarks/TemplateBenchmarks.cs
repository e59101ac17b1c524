using BenchmarkDotNet.Attributes;
using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Templating;
using FilingForge.Templating.Scriban;

namespace FilingForge.Benchmarks;

/// <summary>
/// The Template stage warm: parsing every template of <c>templates/</c> into an engine, and rendering every document of
/// the sample from an engine already made (what each build of a long-lived process pays). The cold figures, a fresh
/// process's first compile and render, come from <see cref="TemplateColdMeasurement"/>.
/// </summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private TemplateFiles _files = null!;
    private ComputedFiling _computed = null!;
    private ITemplateEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _files = TemplateFiles.Load(RepositoryRoot.Templates);
        _computed = FilingCalculator.Compute(FilingLoader.Load(RepositoryRoot.SampleData, new DiagnosticBag())!);
        _engine = Compile(_files);
    }

    internal static ITemplateEngine Compile(TemplateFiles files) => new ScribanTemplateEngine(files, TemplateHelpers.Create(files.Directory));

    [Benchmark]
    public ITemplateEngine CompileTemplates() => Compile(_files);

    [Benchmark]
    public int RenderSample() => TemplateRenderer.Render(_computed, _engine, new DiagnosticBag()).Count;
}
