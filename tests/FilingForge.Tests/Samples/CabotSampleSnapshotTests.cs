using System.Security.Cryptography;
using System.Text;
using FilingForge.Checks;
using FilingForge.Compilation;
using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Tests.Compilation;
using FilingForge.Tests.Computation;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Samples;

/// <summary>
/// Every output of the Cabot 2024 sample (profile schedule-14a-2022) is pinned as for the first sample: each document's
/// Markdown and EDGAR document as reviewable text, the computed filing, and the SHA-256 of every file of every format,
/// so a change to any byte shows in review.
/// </summary>
public sealed class CabotSampleSnapshotTests
{
    private static readonly string Data = CabotSample.Data;

    private static (IReadOnlyList<CompiledDocument> Documents, IReadOnlyList<OutputFile> Files) BuildValue => (CabotSample.Documents, CabotSample.Files);

    [Theory]
    [InlineData("proxy-statement")]
    [InlineData("proxy-card")]
    public void Each_document_of_the_Cabot_sample_renders_as_pinned(string document) =>
        Snapshot.Verify(BuildValue.Documents.Single(d => d.Document.Name == document).Source.Markdown, "md", $"{nameof(Each_document_of_the_Cabot_sample_renders_as_pinned)}.{document}");

    [Theory]
    [InlineData("proxy-statement")]
    [InlineData("proxy-card")]
    public void Each_EDGAR_document_of_the_Cabot_sample_is_as_pinned(string document) =>
        Snapshot.Verify(Encoding.UTF8.GetString(BuildValue.Files.Single(f => f.FileName == document + ".htm").Content), "htm",
            $"{nameof(Each_EDGAR_document_of_the_Cabot_sample_is_as_pinned)}.{document}");

    [Fact]
    public void Every_file_of_every_format_of_the_Cabot_sample_has_its_pinned_bytes() =>
        Snapshot.Verify(string.Concat(BuildValue.Files.OrderBy(f => f.FileName, StringComparer.Ordinal)
            .Select(f => $"{Convert.ToHexString(SHA256.HashData(f.Content)).ToLowerInvariant()}  {f.FileName}\n")));

    [Fact]
    public void The_loaded_and_computed_Cabot_sample_matches_its_snapshot()
    {
        var diagnostics = new DiagnosticBag();
        var filing = FilingLoader.Load(Data, diagnostics);
        Assert.NotNull(filing);
        FilingChecker.Check(filing, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));

        Snapshot.Verify(ComputedFilingJson.Write(FilingCalculator.Compute(filing)), "json");
    }
}
