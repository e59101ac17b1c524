using FilingForge.Checks;
using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Computation;

public sealed class ComputedSampleSnapshotTests
{
    [Fact]
    public void The_loaded_and_computed_sample_filing_matches_its_snapshot()
    {
        var diagnostics = new DiagnosticBag();
        var filing = FilingLoader.Load(RepositoryPaths.SampleData, diagnostics);
        Assert.NotNull(filing);
        FilingChecker.Check(filing, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));

        Snapshot.Verify(ComputedFilingJson.Write(FilingCalculator.Compute(filing)), "json");
    }
}
