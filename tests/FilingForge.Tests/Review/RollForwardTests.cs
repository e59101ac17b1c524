using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Values;
using FilingForge.Review.RollForward;

namespace FilingForge.Tests.Review;

public class RollForwardTests
{
    /// <summary>Issue 16, item 10: a year before or at the filing's own, or past what a date can hold, is FF6804, not a crash.</summary>
    [Theory]
    [InlineData(-1)]
    [InlineData(2003)]
    [InlineData(2104)]
    [InlineData(int.MaxValue)]
    public void A_year_that_is_not_ahead_of_the_filing_or_too_far_ahead_is_FF6804_and_writes_nothing(int year)
    {
        var target = Path.Combine(Path.GetTempPath(), "filingforge-rollforward-year-" + Guid.NewGuid().ToString("N"));
        var diagnostics = new DiagnosticBag();
        Assert.Null(FilingRollForward.Run(SampleCopy.SampleFolder, target, year, diagnostics));
        Assert.Equal(["FF6804"], diagnostics.Items.Select(d => d.Id));
        Assert.False(Directory.Exists(target));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("2147483647")]
    public void The_command_refuses_a_bad_year_without_a_stack_trace(string year)
    {
        var target = Path.Combine(Path.GetTempPath(), "filingforge-rollforward-year-" + Guid.NewGuid().ToString("N"));
        var result = FilingForge.Tests.Cli.FilingForgeProcess.Run("roll-forward", "data/capstone-2003", target, "--year", year);
        Assert.Contains(result.ExitCode, new[] { 1, 2 });
        Assert.DoesNotContain("   at ", result.StandardOutput + result.StandardError);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void The_sample_rolled_forward_to_2004_checks_with_warnings_only_each_at_a_value_to_fill_in()
    {
        var target = Path.Combine(Path.GetTempPath(), "filingforge-rollforward-" + Guid.NewGuid().ToString("N"));
        try
        {
            var rolled = FilingRollForward.Run(SampleCopy.SampleFolder, target, 2004, new DiagnosticBag());
            Assert.NotNull(rolled);

            var diagnostics = new DiagnosticBag();
            var result = FrontEnd.Run(target, warningsAsErrors: false, diagnostics, new StageClock());

            Assert.NotNull(result.Computed);
            Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Severity.Error);
            Assert.All(diagnostics.Items, d => Assert.Equal(LoadDiagnostics.CarriedOverValue.Id, d.Id));
            Assert.Equal(rolled!.MarkedValues.Values.Sum(), diagnostics.Items.Count);
            var lines = File.ReadAllLines(Path.Combine(target, "meeting.yaml"));
            Assert.All(diagnostics.Items, d => Assert.Contains("!fill-in", File.ReadAllLines(Path.Combine(target, Path.GetFileName(d.Location.File)))[d.Location.Line - 1]));
            Assert.Contains("meeting_year: 2004", lines);
            Assert.Contains("fiscal_year: 2003", lines);
            Assert.Contains("date: !fill-in 2004-05-30", lines);
        }
        finally
        {
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        }
    }

    [Fact]
    public void Roll_forward_keeps_comments_and_the_three_most_recent_compensation_years()
    {
        var target = Path.Combine(Path.GetTempPath(), "filingforge-rollforward-" + Guid.NewGuid().ToString("N"));
        try
        {
            FilingRollForward.Run(SampleCopy.SampleFolder, target, null, new DiagnosticBag());
            var text = File.ReadAllText(Path.Combine(target, "summary-compensation.yaml"));
            var fees = File.ReadAllText(Path.Combine(target, "auditor-fees.yaml"));

            Assert.Contains("# The seed prints no position under Mr. Chambers' or Mr. Treece's name.", text);
            Assert.Contains("      - year: 2003\n        salary: !fill-in 235096\n", text);
            Assert.DoesNotContain("year: 2000", text);
            Assert.Contains("  - year: 2003\n    audit_fees: !fill-in 321000\n", fees);
            Assert.DoesNotContain("year: 2001", fees);
        }
        finally
        {
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        }
    }

    [Fact]
    public void The_Cabot_sample_rolled_forward_keeps_three_compensation_years_and_asks_only_for_the_values_to_enter_again()
    {
        var target = Path.Combine(Path.GetTempPath(), "filingforge-rollforward-" + Guid.NewGuid().ToString("N"));
        try
        {
            var rolled = FilingRollForward.Run(SampleCopy.CabotFolder, target, null, new DiagnosticBag());
            Assert.NotNull(rolled);
            var compensation = File.ReadAllText(Path.Combine(target, "summary-compensation.yaml"));
            Assert.Contains("      - year: 2024\n        salary: !fill-in 1083750\n", compensation);
            Assert.DoesNotContain("year: 2021", compensation);
            Assert.Contains("meeting_year: 2025", File.ReadAllLines(Path.Combine(target, "meeting.yaml")));
            Assert.False(File.Exists(Path.Combine(target, "reviewed.yaml")), "last year's reviewed warnings are not next year's");

            // Pay versus Performance grows to four years; 2021 has left the Summary Compensation Table, so its totals
            // must now be stated, which check asks for by name (FF2429) and which is all it asks for besides !fill-in.
            var diagnostics = new DiagnosticBag();
            FrontEnd.Run(target, warningsAsErrors: false, diagnostics, new StageClock());
            Assert.Equal(["FF2408", "FF2409", "FF2429"], diagnostics.Items.Where(d => d.Severity == Severity.Error).Select(d => d.Id).Order());
            Assert.Contains("state peo.stated_summary_compensation_total", diagnostics.Items.Single(d => d.Id == "FF2429").Message);

            var pvp = Path.Combine(target, "pay-versus-performance.yaml");
            File.WriteAllText(pvp, StateTheYearThatLeftTheTable(File.ReadAllText(pvp)));
            diagnostics = new DiagnosticBag();
            var result = FrontEnd.Run(target, warningsAsErrors: false, diagnostics, new StageClock());
            Assert.NotNull(result.Computed);
            Assert.Equal(rolled!.MarkedValues.Values.Sum(), diagnostics.Items.Count(d => d.Id == LoadDiagnostics.CarriedOverValue.Id));
            Assert.Equal(["FF2403", "FF2403", "FF2418"], diagnostics.Items.Where(d => d.Id != LoadDiagnostics.CarriedOverValue.Id).Select(d => d.Id).Order());
            Assert.DoesNotContain(diagnostics.Items, d => d.Reviewed);
        }
        finally
        {
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        }
    }

    /// <summary>The 2021 figures of the 2024 filing's Summary Compensation Table, written into the 2021 row as its team would.</summary>
    private static string StateTheYearThatLeftTheTable(string text)
    {
        var year = text.IndexOf("  - year: 2021\n", StringComparison.Ordinal);
        Assert.True(year >= 0);
        var head = text[..year];
        var tail = text[year..]
            .Replace("      officers: [keohane]\n", "      officers: [keohane]\n      stated_summary_compensation_total: 8242487\n      stated_equity_awards_reported: 4749610\n")
            .Replace("      officers: [mclaughlin, kalita, kalkstein, zhu]\n", "      officers: [mclaughlin, kalita, kalkstein, zhu]\n      stated_summary_compensation_total: 2251536\n      stated_equity_awards_reported: 856145\n");
        return head + tail;
    }

    [Fact]
    public void Roll_forward_refuses_a_target_folder_that_is_not_empty()
    {
        var diagnostics = new DiagnosticBag();

        var result = FilingRollForward.Run(SampleCopy.SampleFolder, SampleCopy.SampleFolder, null, diagnostics);

        Assert.Null(result);
        Assert.Equal("FF6803", Assert.Single(diagnostics.Items).Id);
    }

    [Fact]
    public void A_fill_in_tag_binds_the_value_and_warns_FF1901_at_it()
    {
        var folder = Directory.CreateTempSubdirectory("filingforge-fillin-").FullName;
        try
        {
            var path = Path.Combine(folder, "auditor-fees.yaml");
            var sample = File.ReadAllText(Path.Combine(SampleCopy.SampleFolder, "auditor-fees.yaml"));
            File.WriteAllText(path, sample.Replace("    audit_fees: 321000", "    audit_fees: !fill-in 321000"));
            var line = Array.FindIndex(File.ReadAllLines(path), l => l.Contains("!fill-in")) + 1;
            var diagnostics = new DiagnosticBag();

            var fees = FilingLoader.LoadFile(path, FilingForge.Tests.Support.TestProfile.Default, diagnostics);

            Assert.True(fees is not null, string.Join("\n", diagnostics.Sorted()));
            Assert.Equal(321000m, fees.Objects("years")[0].Number("audit_fees"));
            var warning = Assert.Single(diagnostics.Items);
            Assert.Equal(("FF1901", line, 17), (warning.Id, warning.Location.Line, warning.Location.Column));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
