using System.Diagnostics;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Tests.Support;
using FilingForge.Theming;
using Xunit.Abstractions;

namespace FilingForge.Tests.Loading;

public sealed class FilingLoaderTests(ITestOutputHelper output)
{
    [SampleDataFact]
    public void Sample_filing_loads_with_no_diagnostics()
    {
        var diagnostics = new DiagnosticBag();

        var filing = FilingLoader.Load(RepositoryPaths.SampleData, diagnostics);

        Assert.Empty(diagnostics.Sorted().Select(d => d.ToString()));
        Assert.NotNull(filing);
        Assert.Equal("capstone-2003", filing.Name);
    }

    [SampleDataFact]
    public void Sample_filing_loads_quickly_once_started()
    {
        FilingLoader.Load(RepositoryPaths.SampleData, new DiagnosticBag()); // start-up: JIT, reflection caches

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        const int runs = 5;
        for (var i = 0; i < runs; i++) FilingLoader.Load(RepositoryPaths.SampleData, new DiagnosticBag());
        clock.Stop();
        process.Refresh();

        // Measured, not asserted: a timed assertion fails on a busy CI machine without telling anything.
        output.WriteLine($"Loading the sample filing: {clock.Elapsed.TotalMilliseconds / runs:F1} ms wall, " +
                         $"{(process.TotalProcessorTime - cpuBefore).TotalMilliseconds / runs:F1} ms CPU per load (mean of {runs}).");
    }

    [Fact]
    public void Committed_theme_loads_with_no_diagnostics()
    {
        var diagnostics = new DiagnosticBag();

        var path = Path.Combine(RepositoryPaths.Templates, "shared", "theme.yaml");

        var theme = ThemeFile.Load(path, diagnostics);

        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
        Assert.NotNull(theme);
        Assert.Equal(612m, theme.Page.Width);
        // The body font remembers where it was written: its size at the first `size:` under `body_font:`.
        var lines = File.ReadAllLines(path);
        var sizeLine = Array.FindIndex(lines, Array.IndexOf(lines, "body_font:"), l => l.StartsWith("  size:", StringComparison.Ordinal)) + 1;
        var size = theme.BodyFont.LocationOf(nameof(theme.BodyFont.Size));
        Assert.EndsWith("theme.yaml", size.File);
        Assert.Equal((sizeLine, 9), (size.Line, size.Column));
    }

    [Fact]
    public void Minimal_filing_loads_and_takes_its_name_from_the_folder()
    {
        var directory = Directory.CreateTempSubdirectory("filingforge-load-");
        try
        {
            var folder = Path.Combine(directory.FullName, "acme-2024");
            MinimalFiling.WriteTo(folder);
            var diagnostics = new DiagnosticBag();

            var filing = FilingLoader.Load(folder + Path.DirectorySeparatorChar, diagnostics);

            Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
            Assert.NotNull(filing);
            Assert.Equal("acme-2024", filing.Name);
            Assert.Equal("company.yaml", filing.File("company").Path);
            Assert.Equal(1, filing.File("company").Location.Line);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_file_full_of_wrong_values_reports_a_bounded_number_of_errors()
    {
        var directory = Directory.CreateTempSubdirectory("filingforge-load-");
        try
        {
            var path = Path.Combine(directory.FullName, "auditor-fees.yaml");
            File.WriteAllText(path, $"auditor: a\nfootnotes: []\nyears: [{string.Join(", ", Enumerable.Repeat("1", 50_000))}]\n");
            var diagnostics = new DiagnosticBag();

            var fees = FilingLoader.LoadFile(path, TestProfile.Default, diagnostics);

            Assert.Null(fees);
            Assert.Equal(FileDiagnostics.MaxErrors + 1, diagnostics.Items.Count);
            Assert.Equal("FF1015", diagnostics.Items[^1].Id);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Missing_folder_is_one_diagnostic()
    {
        var diagnostics = new DiagnosticBag();

        var filing = FilingLoader.Load(Path.Combine(Path.GetTempPath(), "filingforge-no-such-folder"), diagnostics);

        Assert.Null(filing);
        Assert.Equal(["FF1040"], diagnostics.Items.Select(d => d.Id));
    }

    [Fact]
    public void A_data_file_is_named_by_its_profile_name_and_any_accepted_extension()
    {
        Assert.Equal(20, TestProfile.Default.Files.Count);
        Assert.Equal(["auditor-fees.yaml", "auditor-fees.yml", "auditor-fees.json"], DataFileNames.Of("auditor-fees"));
        Assert.Equal("auditor-fees", DataFileNames.BaseNameOf("auditor-fees.json"));
        Assert.Null(DataFileNames.BaseNameOf("auditor-fees.txt"));
    }

    [Fact]
    public void Diagnostic_ids_of_the_load_stage_are_unique_and_in_the_ff1xxx_range()
    {
        var ids = typeof(LoadDiagnostics).GetFields()
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id)
            .ToArray();

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^FF1[0-9]{3}$", id));
    }
}
