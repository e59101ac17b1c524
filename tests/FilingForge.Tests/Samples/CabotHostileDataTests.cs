using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Tests.Review;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Samples;

/// <summary>
/// Cases the fuzz round found in the Cabot sample (benchmarks/RESULTS.md, "Fuzz round"): data that check passes must
/// build; a value is never read as the syntax of the document around it.
/// </summary>
public sealed class CabotHostileDataTests
{
    /// <summary>Fuzz round of 2026-12-02, mutation #1031: a committee id was the membership table's column key.</summary>
    [Fact]
    public void A_committee_id_written_as_table_syntax_builds_the_membership_table_untouched()
    {
        using var copy = new SampleCopy(SampleCopy.CabotFolder);
        copy.Edit("committees.yaml", "  - id: executive\n", "  - id: \"| a | b |\"\n");
        var diagnostics = new DiagnosticBag();

        var outputs = new FilingCompiler().Compile(
            new BuildOptions { DataDirectory = copy.Folder, OutputDirectory = Path.Combine(copy.Folder, "out"), TemplatesDirectory = RepositoryPaths.Templates, Formats = ["html"] },
            diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.NotNull(outputs);
    }
}
