using FilingForge.Tests.Support;

namespace FilingForge.Tests.Cli;

/// <summary>
/// Issue 16, items 4 and 5: every output path that cannot be written is a located diagnostic with exit code 2 (a bad
/// path on the command line) or 1 (the file system refused), never a stack trace, and a failed write leaves nothing.
/// </summary>
public sealed class OutputFaultTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ff-output-faults-").FullName;

    private string ExistingFile
    {
        get
        {
            var path = Path.Combine(_root, "file");
            File.WriteAllText(path, "not a folder");
            return path;
        }
    }

    private static void AssertDiagnostic(ExternalTool.Result result, int exitCode, string id, string path)
    {
        var console = result.StandardOutput + result.StandardError;
        Assert.True(exitCode == result.ExitCode, console);
        Assert.Contains($"error {id}:", result.StandardError);
        Assert.Contains(path, result.StandardError);
        Assert.DoesNotContain("   at ", console);
        Assert.DoesNotContain("Unhandled exception", console);
    }

    [Fact]
    public void Building_into_an_existing_file_is_FF0002_exit_2() =>
        AssertDiagnostic(FilingForgeProcess.Run("build", "-o", ExistingFile), 2, "FF0002", ExistingFile);

    [Fact]
    public void Building_into_dev_null_is_FF0002_exit_2() =>
        AssertDiagnostic(FilingForgeProcess.Run("build", "-o", "/dev/null"), 2, "FF0002", "/dev/null");

    [Fact]
    public void Building_into_an_empty_path_is_FF0002_exit_2() =>
        AssertDiagnostic(FilingForgeProcess.Run("build", "-o", ""), 2, "FF0002", "''");

    [Fact]
    public void Building_into_a_folder_under_a_file_is_FF0002_exit_2()
    {
        var file = ExistingFile;
        AssertDiagnostic(FilingForgeProcess.Run("build", "-o", Path.Combine(file, "sub")), 2, "FF0002", file);
    }

    [Fact]
    public void Sarif_into_a_folder_is_FF0003_exit_2() =>
        AssertDiagnostic(FilingForgeProcess.Run("check", "--sarif", _root), 2, "FF0003", _root);

    [Fact]
    public void Sarif_into_a_missing_folder_creates_the_folder()
    {
        var sarif = Path.Combine(_root, "missing", "check.sarif");
        var result = FilingForgeProcess.Run("check", "--sarif", sarif);
        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.True(File.Exists(sarif));
    }

    [Fact]
    public void A_diff_into_an_existing_file_is_FF0002_exit_2() =>
        AssertDiagnostic(FilingForgeProcess.Run("diff", RepositoryPaths.SampleData, RepositoryPaths.SampleData, "-o", ExistingFile), 2, "FF0002", ExistingFile);

    [TmpfsFact]
    public void A_build_onto_a_read_only_file_system_is_FF0001_exit_1()
    {
        using var disk = Tmpfs.Mount("1m", "ro");
        var output = Path.Combine(disk.Path, "out");
        AssertDiagnostic(FilingForgeProcess.Run("build", "-o", output), 1, "FF0001", output);
        AssertDiagnostic(FilingForgeProcess.Run("check", "--sarif", Path.Combine(disk.Path, "x.sarif")), 1, "FF0001", "Read-only file system");
    }

    /// <summary>300 KB holds some of the sample's files but not all 16: the build fails part-way through staging.</summary>
    [TmpfsFact]
    public void A_build_onto_a_full_disk_is_FF0001_with_the_path_and_leaves_nothing_behind()
    {
        using var disk = Tmpfs.Mount("300k");
        var output = Path.Combine(disk.Path, "out");
        var result = FilingForgeProcess.Run("build", "-o", output);
        AssertDiagnostic(result, 1, "FF0001", output);
        Assert.Contains("No space left on device", result.StandardError);
        Assert.Empty(Directory.EnumerateFileSystemEntries(disk.Path));
    }

    [TmpfsFact]
    public void Sarif_onto_a_full_disk_is_FF0001_and_leaves_no_temporary()
    {
        using var disk = Tmpfs.Mount("16k");
        File.WriteAllBytes(Path.Combine(disk.Path, "filler"), new byte[16 * 1024]);
        var sarif = Path.Combine(disk.Path, "check.sarif");
        var result = FilingForgeProcess.Run("check", Path.Combine(RepositoryPaths.Root, "tests/FilingForge.Tests/Fixtures/seed-inconsistent"), "--sarif", sarif);
        AssertDiagnostic(result, 1, "FF0001", sarif);
        Assert.Equal(["filler"], Directory.GetFiles(disk.Path).Select(Path.GetFileName));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
