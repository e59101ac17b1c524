using FilingForge.Tests.Cli;

namespace FilingForge.Tests.Publishing;

public sealed class DraftOptionTests
{
    [Fact]
    public void A_draft_date_without_a_draft_revision_is_a_usage_error()
    {
        var result = FilingForgeProcess.Run("build", "-o", Unused(), "--draft-date", "2026-11-21");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--draft-date needs --draft REVISION", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revision_that_is_not_plain_ascii_is_a_usage_error()
    {
        var result = FilingForgeProcess.Run("build", "-o", Unused(), "--draft", "rev <b>", "--draft-date", "2026-11-21");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("must be 1-64 ASCII letters", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_date_that_is_not_iso_is_a_usage_error()
    {
        var result = FilingForgeProcess.Run("build", "-o", Unused(), "--draft", "abc1234", "--draft-date", "21/11/2026");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a yyyy-MM-dd date", result.StandardError, StringComparison.Ordinal);
    }

    /// <summary>A folder a usage error must never create.</summary>
    private static string Unused() => Path.Combine(Path.GetTempPath(), "filingforge-draft-usage-" + Guid.NewGuid().ToString("N"));
}
