using System.Diagnostics;
using FilingForge.Compilation;
using FilingForge.Tests.Support;
using static FilingForge.Tests.Cli.InterruptedBuildTests;

namespace FilingForge.Tests.Cli;

/// <summary>
/// Issue 16, items 2 and 3: a build killed (SIGKILL) at any step of its commit leaves the folder recoverable to the
/// complete old or new set, and two builds into one folder take turns. The commit's test hook stops it at an exact step.
/// The builds write one document as HTML so that each run is short; the commit is the same for any number of files.
/// </summary>
public sealed class CommitKillTests : IDisposable
{
    private static readonly string[] Small = ["--document", "proxy-statement", "--format", "html"];
    private readonly string _root = Directory.CreateTempSubdirectory("ff-commit-kill-").FullName;

    [Fact]
    public void A_build_killed_at_every_step_of_its_commit_leaves_the_old_set_or_the_new_set_once_recovered()
    {
        var (a, b) = (RepositoryPaths.SampleData, CopyWithChangedSalary(Path.Combine(_root, "changed")));
        var sets = new Dictionary<string, Dictionary<string, string>> { [a] = Reference(a, "ref-a"), [b] = Reference(b, "ref-b") };
        Assert.NotEqual(sets[a], sets[b]);
        var output = Path.Combine(_root, "out");
        Build(a, output, 0);
        var current = a;

        var step = 1;
        for (; ; step++)
        {
            var next = current == a ? b : a;
            using var build = Start(next, output, pauseAt: step);
            if (!WaitForPause(build)) break; // the commit has fewer steps: the build ran to the end
            build.Kill(); // SIGKILL: no finally block, no handler runs
            build.WaitForExit();

            var seen = Hashes(output);
            if (seen.ContainsKey(BuildManifest.FileName))
                Assert.True(seen.SequenceEqual(sets[current]) || seen.SequenceEqual(sets[next]), $"step {step}: a manifest beside a mix");
            AtomicOutputFolder.Recover(output);
            var recovered = Hashes(output);
            Assert.True(recovered.SequenceEqual(sets[current]) || recovered.SequenceEqual(sets[next]), $"step {step}: neither the old nor the new set");
            Assert.False(File.Exists(Path.Combine(output, ".filingforge-commit")), $"step {step}: the journal outlived recovery");
            current = recovered.SequenceEqual(sets[current]) ? current : next;
        }

        Assert.True(step > 10, $"the commit had only {step - 1} steps");
        // The next build sweeps what the killed ones left: temporaries and backups.
        Build(current == a ? b : a, output, 0);
        Assert.Empty(Directory.GetFiles(output, "*.filingforge-*"));
        Assert.False(Directory.Exists(Path.Combine(output, AtomicOutputFolder.StagingFolder)), "staged files left behind");
        Assert.False(Directory.Exists(Path.Combine(output, AtomicOutputFolder.BackupFolder)), "backups left behind");
    }

    [Fact]
    public void Two_builds_started_together_into_one_folder_both_succeed_and_leave_one_complete_set()
    {
        var (a, b) = (RepositoryPaths.SampleData, CopyWithChangedSalary(Path.Combine(_root, "changed")));
        var sets = new[] { Reference(a, "ref-a"), Reference(b, "ref-b") };
        var output = Path.Combine(_root, "out");
        for (var pair = 0; pair < 4; pair++)
        {
            using var first = Start(a, output);
            using var second = Start(b, output);
            var outcomes = new[] { first, second }.Select(p => (Exit: Finish(p), Err: p.StandardError.ReadToEnd())).ToArray();
            Assert.All(outcomes, o => Assert.True(o.Exit == 0, o.Err));
            var left = Hashes(output);
            Assert.Contains(sets, s => s.SequenceEqual(left));
            Assert.Empty(Directory.GetFiles(output, "*.filingforge-*"));
        }
    }

    [Fact]
    public void A_build_waits_for_a_build_stopped_in_its_commit_and_repairs_the_folder_when_that_one_is_killed()
    {
        var (a, b) = (RepositoryPaths.SampleData, CopyWithChangedSalary(Path.Combine(_root, "changed")));
        var expected = Reference(a, "ref-a");
        var output = Path.Combine(_root, "out");
        Build(a, output, 0);
        using var stopped = Start(b, output, pauseAt: 6);
        Assert.True(WaitForPause(stopped));
        using var waiting = Start(a, output);
        Assert.False(waiting.WaitForExit(3000), "the second build did not wait for the lock");
        stopped.Kill();
        stopped.WaitForExit();
        Assert.True(Finish(waiting) == 0, waiting.StandardError.ReadToEnd());
        Assert.Equal(expected, Hashes(output));
        Assert.Empty(Directory.GetFiles(output, "*.filingforge-*"));
    }

    private Dictionary<string, string> Reference(string data, string name)
    {
        var folder = Path.Combine(_root, name);
        Build(data, folder, 0);
        return Hashes(folder);
    }

    private static void Build(string data, string output, int expectedExit)
    {
        var result = FilingForgeProcess.Run(["build", data, "-o", output, .. Small]);
        Assert.True(result.ExitCode == expectedExit, result.StandardError);
    }

    private static Process Start(string data, string output, int pauseAt = 0)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[FilingForgeProcess.CliAssembly, "build", data, "-o", output, .. Small]) start.ArgumentList.Add(arg);
        if (pauseAt > 0) start.Environment["FILINGFORGE_TEST_PAUSE_COMMIT_AT"] = pauseAt.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        return process;
    }

    /// <summary>Whether the build announced its pause (true) or ended without reaching the step (false).</summary>
    private static bool WaitForPause(Process build)
    {
        var read = Task.Run(() =>
        {
            while (build.StandardError.ReadLine() is { } line)
                if (line.StartsWith("filingforge: test hook: commit paused", StringComparison.Ordinal)) return true;
            return false;
        });
        Assert.True(read.Wait(TimeSpan.FromSeconds(120)), "the build neither paused nor ended");
        if (!read.Result) Assert.True(Finish(build) == 0, "the build failed instead of finishing");
        return read.Result;
    }

    private static int Finish(Process process)
    {
        Assert.True(process.WaitForExit(120_000), "the build did not end");
        return process.ExitCode;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
