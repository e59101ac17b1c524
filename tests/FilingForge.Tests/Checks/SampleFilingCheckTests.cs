using FilingForge.Checks;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Checks;

public sealed class SampleFilingCheckTests
{
    [Fact]
    public void The_sample_filing_checks_without_errors_or_warnings()
    {
        var diagnostics = new DiagnosticBag();
        var filing = FilingLoader.Load(RepositoryPaths.SampleData, diagnostics);
        Assert.NotNull(filing);
        FilingChecker.Check(filing, diagnostics);
        var problems = diagnostics.Sorted().Where(d => d.Severity != Severity.Info).Select(d => d.ToString()).ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }
}
