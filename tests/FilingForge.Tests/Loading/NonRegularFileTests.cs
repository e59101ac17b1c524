using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Loading;

/// <summary>Issue 16, items 9 and 15: a data file that is a pipe or a folder is reported at once, never waited on or called missing.</summary>
public sealed class NonRegularFileTests
{
    [Fact]
    public async Task A_data_file_that_is_a_pipe_is_FF1007_without_waiting_for_a_writer()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = Directory.CreateTempSubdirectory("ff-fifo-data-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.SampleData)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            File.Delete(Path.Combine(folder, "company.yaml"));
            Assert.Equal(0, ExternalTool.Run("mkfifo", [Path.Combine(folder, "company.yaml")]).ExitCode);
            var diagnostics = new DiagnosticBag();
            var load = Task.Run(() => FilingLoader.Load(folder, diagnostics));
            Assert.Same(load, await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(20))));
            Assert.Contains(diagnostics.Items, d => d.Id == "FF1007" && d.Location.File.EndsWith("company.yaml", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Issue 16 item 15: a folder named company.yaml was reported as "data file missing".</summary>
    [Fact]
    public void A_folder_named_as_a_data_file_is_FF1044_at_the_folder_not_a_missing_file()
    {
        var folder = Directory.CreateTempSubdirectory("ff-folder-data-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.SampleData)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            File.Delete(Path.Combine(folder, "company.yaml"));
            Directory.CreateDirectory(Path.Combine(folder, "company.yaml"));
            var diagnostics = new DiagnosticBag();

            Assert.Null(FilingLoader.Load(folder, diagnostics));

            var d = Assert.Single(diagnostics.Items, x => x.Severity == Severity.Error);
            Assert.Equal("FF1044", d.Id);
            Assert.EndsWith("company.yaml", d.Location.File);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
