using FilingForge.Diagnostics;
using FilingForge.Templating;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Templating;

/// <summary>
/// One folder per template case under <c>Cases/</c>: its <c>*.md.sbn</c> files (the document is <c>main.md.sbn</c>)
/// rendered against the small filing, and <c>expected.txt</c>, which holds the formatted diagnostics of a fault case
/// or the Markdown of a case that renders. A runaway template must end in its diagnostic, never hang: a case still
/// rendering after ten seconds fails (how fast the limits stop one is measured in benchmarks/RESULTS.md).
/// </summary>
public class TemplateCaseTests
{
    private static readonly string CasesDirectory = RepositoryPaths.At("tests/FilingForge.Tests/Templating/Cases");

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(CasesDirectory).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_template_case_renders_or_fails_exactly_as_expected(string name)
    {
        var folder = Path.Combine(CasesDirectory, name);
        var diagnostics = new DiagnosticBag();

        var result = await Task.Run(() => TemplateTestHost.Render(TemplateFiles.Load(folder), "main", diagnostics)).WaitAsync(TimeSpan.FromSeconds(10));

        var actual = result is { } rendered && !diagnostics.HasErrors
            ? rendered.Markdown
            : string.Concat(diagnostics.Sorted().Select(d => d + "\n"));
        Snapshot.VerifyFile(actual, Path.Combine(folder, "expected.txt"), Path.Combine(folder, "expected.received.txt"));
    }
}
