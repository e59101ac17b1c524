using System.Diagnostics;
using System.Globalization;
using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Templating;

namespace FilingForge.Benchmarks;

/// <summary>
/// <c>templates-cold</c>: the Template stage as a fresh process meets it, JIT included: reading and parsing the
/// templates once, then rendering every document of the sample twice (first and second render). Prints one line of
/// milliseconds; run it as a new process each time (benchmarks/time-templates.sh does, alternating with the baseline).
/// </summary>
public static class TemplateColdMeasurement
{
    public static int Run()
    {
        var computed = FilingCalculator.Compute(FilingLoader.Load(RepositoryRoot.SampleData, new DiagnosticBag())!);
        var clock = Stopwatch.StartNew();
        var engine = TemplateBenchmarks.Compile(TemplateFiles.Load(RepositoryRoot.Templates));
        var compiled = clock.Elapsed.TotalMilliseconds;
        var documents = TemplateRenderer.Render(computed, engine, new DiagnosticBag()).Count;
        var firstRender = clock.Elapsed.TotalMilliseconds - compiled;
        TemplateRenderer.Render(computed, engine, new DiagnosticBag());
        var secondRender = clock.Elapsed.TotalMilliseconds - compiled - firstRender;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compile {compiled:F1} ms, first render {firstRender:F1} ms, second render {secondRender:F1} ms ({documents} documents)"));
        return 0;
    }
}
