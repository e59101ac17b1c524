using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Tests.Review;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Checks;

/// <summary>
/// A warning the reviewers accept in reviewed.yaml is still reported, with its reason, but no longer fails
/// --warnaserror; an entry that matches no warning is FF1046, so a waiver cannot outlive its fact.
/// </summary>
public sealed class ReviewedWarningsTests : IDisposable
{
    private readonly SampleCopy _copy = new(SampleCopy.CabotFolder);

    private string Folder => _copy.Folder;

    public void Dispose() => _copy.Dispose();

    private (bool Fails, IReadOnlyList<Diagnostic> Diagnostics) CheckWithWarningsAsErrors()
    {
        var diagnostics = new DiagnosticBag();
        FrontEnd.Run(Folder, warningsAsErrors: true, diagnostics, new StageClock());
        return (FrontEnd.Fails(diagnostics, warningsAsErrors: true), diagnostics.Sorted());
    }

    [Fact]
    public void The_Cabot_samples_two_warnings_are_reported_with_their_reasons_and_pass_warnings_as_errors()
    {
        var (fails, diagnostics) = CheckWithWarningsAsErrors();

        Assert.False(fails, string.Join("\n", diagnostics));
        Assert.Equal(["FF2403", "FF2418"], diagnostics.Select(d => d.Id));
        Assert.All(diagnostics, d => Assert.True(d.Reviewed && d.Severity == Severity.Warning && d.Message.Contains("(reviewed: as filed;", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_reviewed_yaml_the_same_warnings_fail_warnings_as_errors()
    {
        File.Delete(Path.Combine(Folder, "reviewed.yaml"));

        var (fails, diagnostics) = CheckWithWarningsAsErrors();

        Assert.True(fails);
        Assert.All(diagnostics, d => Assert.False(d.Reviewed));
    }

    [Fact]
    public void An_entry_that_matches_no_warning_is_FF1046_at_the_entry_and_fails_warnings_as_errors()
    {
        var path = Path.Combine(Folder, "reviewed.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("executives[2].scenarios[0].stated_total", "executives[2].scenarios[1].stated_total", StringComparison.Ordinal));

        var (fails, diagnostics) = CheckWithWarningsAsErrors();

        Assert.True(fails);
        var stale = Assert.Single(diagnostics, d => d.Id == "FF1046");
        Assert.Equal(Array.FindIndex(File.ReadAllLines(path), l => l.Contains("id: FF2418", StringComparison.Ordinal)) + 1, stale.Location.Line);
        Assert.False(diagnostics.Single(d => d.Id == "FF2418").Reviewed);
    }

    [Fact]
    public void An_entry_without_a_reason_is_FF1047()
    {
        var path = Path.Combine(Folder, "reviewed.yaml");
        File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !l.Contains("reason: as filed; the table prints", StringComparison.Ordinal)));

        var (fails, diagnostics) = CheckWithWarningsAsErrors();

        Assert.True(fails);
        Assert.Contains(diagnostics, d => d.Id == "FF1047");
    }
}
