using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using FilingForge.Cards;
using FilingForge.Compilation;
using FilingForge.Tests.Cli;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Cards;

/// <summary>
/// Issue 16, items 2 to 5, for <c>filingforge cards</c>: its files go through the build's commit, so a card run killed
/// (SIGKILL) at any step leaves the complete old or new set of cards and manifest once recovered, a second run into a
/// folder another run holds waits for it or reports FF0004, and a full or read-only disk is FF0001 with nothing left of
/// the run. The old and new sets differ in every file (two control-number keys), so a mix cannot pass for either.
/// </summary>
public sealed class CardCommitTests : IClassFixture<CardFixture>, IDisposable
{
    private const string KeyA = "card-commit-test-key-a-0123456789";
    private const string KeyB = "card-commit-test-key-b-0123456789";
    private readonly CardFixture _fixture;
    private readonly string _root = Directory.CreateTempSubdirectory("ff-card-commit-").FullName;

    public CardCommitTests(CardFixture fixture) => _fixture = fixture;

    /// <summary>Three holders: per holder that is four files, eighteen commit steps; as one PDF two files, ten steps.</summary>
    private string SmallRegister => _fixture.WriteRegister("three", string.Join("\n", File.ReadLines(Path.Combine(RepositoryPaths.Root, "data/capstone-2003/holders.csv")).Take(4)) + "\n");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_card_run_killed_at_every_step_of_its_commit_leaves_the_old_set_or_the_new_set_once_recovered(bool perHolder)
    {
        var register = SmallRegister;
        string[] mode = perHolder ? ["--per-holder"] : [];
        var sets = new Dictionary<string, Dictionary<string, string>>
        {
            [KeyA] = Reference(register, KeyA, "ref-a", mode),
            [KeyB] = Reference(register, KeyB, "ref-b", mode),
        };
        Assert.Equal(sets[KeyA].Keys.Order(), sets[KeyB].Keys.Order());
        Assert.All(sets[KeyA], file => Assert.NotEqual(file.Value, sets[KeyB][file.Key]));
        var output = Path.Combine(_root, "out");
        Assert.Equal(0, Cards(KeyA, register, output, mode).Exit);
        var current = KeyA;

        var step = 1;
        for (; ; step++)
        {
            var next = current == KeyA ? KeyB : KeyA;
            using var run = Start(next, register, output, mode, pauseAt: step);
            if (!WaitForPause(run)) break; // the commit has fewer steps: the run went to the end
            run.Kill(); // SIGKILL: no finally block, no handler runs
            run.WaitForExit();

            var seen = Hashes(output);
            if (seen.ContainsKey("cards-manifest.csv"))
                Assert.True(Same(seen, sets[current]) || Same(seen, sets[next]), $"step {step}: a manifest beside a mix");
            AtomicOutputFolder.Recover(output);
            var recovered = Hashes(output);
            Assert.True(Same(recovered, sets[current]) || Same(recovered, sets[next]), $"step {step}: neither the old nor the new set");
            Assert.False(File.Exists(Path.Combine(output, ".filingforge-commit")), $"step {step}: the journal outlived recovery");
            current = Same(recovered, sets[current]) ? current : next;
        }

        Assert.True(step > (perHolder ? 18 : 10), $"the commit had only {step - 1} steps");
        // The next run sweeps what the killed ones left: staged files and backups.
        Assert.Equal(0, Cards(current == KeyA ? KeyB : KeyA, register, output, mode).Exit);
        AssertNoLeftovers(output);
    }

    [Fact]
    public void A_card_run_waits_for_a_run_stopped_in_its_commit_and_repairs_the_folder_when_that_one_is_killed()
    {
        var register = SmallRegister;
        var expected = Reference(register, KeyA, "ref-a", []);
        var output = Path.Combine(_root, "out");
        Assert.Equal(0, Cards(KeyA, register, output, []).Exit);
        using var stopped = Start(KeyB, register, output, [], pauseAt: 4); // journal written, old manifest backed up
        Assert.True(WaitForPause(stopped));
        using var waiting = Start(KeyA, register, output, []);
        Assert.False(waiting.WaitForExit(3000), "the second card run did not wait for the lock");
        stopped.Kill();
        stopped.WaitForExit();
        Assert.True(Finish(waiting) == 0, waiting.StandardError.ReadToEnd());
        Assert.Equal(expected, Hashes(output));
        AssertNoLeftovers(output);
    }

    [Fact]
    public void A_card_run_into_a_folder_another_run_holds_reports_FF0004_and_changes_nothing()
    {
        var register = _fixture.Register("lock-20", 20);
        var (first, _, output) = _fixture.Run(register, "held");
        Assert.True(first.Succeeded);
        var before = Hashes(output);
        using (FolderLock.Acquire(output))
        {
            var (result, diagnostics, _) = _fixture.Run(register, "held", o => o with { LockWait = TimeSpan.FromSeconds(1) }, key: "another-key-0123456789abcdef"u8.ToArray());
            Assert.False(result.Succeeded);
            var busy = Assert.Single(diagnostics.Items, d => d.Descriptor.Id == "FF0004");
            Assert.Contains(output, busy.Message);
            Assert.Equal(output, busy.Location.File);
        }

        Assert.Equal(before, Hashes(output));
        AssertNoLeftovers(output);
    }

    [Fact]
    public void Two_card_runs_started_together_into_one_folder_both_succeed_and_leave_one_complete_set()
    {
        var register = _fixture.Register("race-200", 200);
        var sets = new[] { Reference(register, KeyA, "ref-a", ["--per-holder"]), Reference(register, KeyB, "ref-b", ["--per-holder"]) };
        var output = Path.Combine(_root, "out");
        for (var pair = 0; pair < 3; pair++)
        {
            using var first = Start(KeyA, register, output, ["--per-holder"]);
            using var second = Start(KeyB, register, output, ["--per-holder"]);
            var outcomes = new[] { first, second }.Select(p => (Exit: Finish(p), Err: p.StandardError.ReadToEnd())).ToArray();
            Assert.All(outcomes, o => Assert.True(o.Exit == 0, o.Err));
            var left = Hashes(output);
            Assert.Contains(sets, s => Same(s, left));
            AssertNoLeftovers(output);
        }
    }

    /// <summary>
    /// The folder's lock is held for the swap only, not while cards are rendered: a shard stopped after staging its PDF
    /// (so mid-run) does not hold up another shard into the same folder, and the killed shard's staging is swept.
    /// </summary>
    [Fact]
    public void A_shard_into_a_folder_where_another_shard_is_rendering_does_not_wait_for_it()
    {
        var register = _fixture.Register("shards-40", 40);
        var output = Path.Combine(_root, "out");
        using var stopped = Start(KeyA, register, output, ["--shard", "1/2"], pauseAt: 1); // staged cards-1-of-2.pdf
        Assert.True(WaitForPause(stopped));
        var (exit, stdout, stderr) = Cards(KeyA, register, output, ["--shard", "2/2"]);
        Assert.True(exit == 0, stdout + stderr);
        stopped.Kill();
        stopped.WaitForExit();
        Assert.Equal(0, Cards(KeyA, register, output, ["--shard", "1/2"]).Exit);

        var expected = Reference(register, KeyA, "ref-1", ["--shard", "1/2"]).Concat(Reference(register, KeyA, "ref-2", ["--shard", "2/2"]));
        Assert.True(Same(Hashes(output), expected.ToDictionary()), "the two shards' files are not both there");
        AssertNoLeftovers(output);
    }

    [Fact]
    public void Cards_into_an_existing_file_are_FF0002_exit_2()
    {
        var file = Path.Combine(_root, "file");
        File.WriteAllText(file, "not a folder");
        var (exit, stdout, stderr) = Cards(KeyA, SmallRegister, file, []);
        Assert.True(exit == 2, stdout + stderr);
        Assert.Contains("error FF0002:", stderr);
        Assert.Contains(file, stderr);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    /// <summary>A thousand cards are a 1.4 MB PDF or a thousand of about 53 KB: 400 KB of disk fills part-way through.</summary>
    [TmpfsFact]
    public void A_card_run_onto_a_full_disk_is_FF0001_with_the_path_and_leaves_nothing_behind()
    {
        using var disk = Tmpfs.Mount("400k");
        var output = Path.Combine(disk.Path, "out");
        foreach (var mode in new[] { Array.Empty<string>(), ["--per-holder"] })
        {
            var (exit, stdout, stderr) = Cards(KeyA, _fixture.Register("full-1000", 1000), output, mode);
            AssertFault(exit, stdout, stderr, "FF0001", output);
            Assert.Contains("No space left on device", stderr);
            Assert.Contains("nothing written", stdout);
            Assert.Empty(Directory.EnumerateFileSystemEntries(disk.Path));
        }
    }

    /// <summary>The previous set fits and the next one does not: the previous set stays, whole, and the disk is as it was.</summary>
    [TmpfsFact]
    public void A_card_run_that_fills_the_disk_keeps_the_previous_set()
    {
        using var disk = Tmpfs.Mount("600k");
        var output = Path.Combine(disk.Path, "out");
        Assert.Equal(0, Cards(KeyA, SmallRegister, output, ["--per-holder"]).Exit); // three cards of about 53 KB
        var before = Hashes(output);
        var (exit, stdout, stderr) = Cards(KeyB, _fixture.Register("full-1000", 1000), output, ["--per-holder"]);
        AssertFault(exit, stdout, stderr, "FF0001", output);
        Assert.Equal(before, Hashes(output));
        AssertNoLeftovers(output);
    }

    [TmpfsFact]
    public void A_card_run_onto_a_read_only_file_system_is_FF0001_exit_1()
    {
        using var disk = Tmpfs.Mount("1m", "ro");
        var output = Path.Combine(disk.Path, "out");
        var (exit, stdout, stderr) = Cards(KeyA, SmallRegister, output, []);
        AssertFault(exit, stdout, stderr, "FF0001", output);
        Assert.Contains("Read-only file system", stderr);
    }

    private static void AssertFault(int exit, string stdout, string stderr, string id, string path)
    {
        var console = stdout + stderr;
        Assert.True(exit == 1, console);
        Assert.Contains($"error {id}:", console);
        Assert.Contains(path, console);
        Assert.DoesNotContain("   at ", console);
        Assert.DoesNotContain("Unhandled exception", console);
    }

    private static void AssertNoLeftovers(string output)
    {
        Assert.False(Directory.Exists(Path.Combine(output, AtomicOutputFolder.StagingFolder)), "staged files left behind");
        Assert.False(Directory.Exists(Path.Combine(output, AtomicOutputFolder.BackupFolder)), "backups left behind");
        Assert.False(File.Exists(Path.Combine(output, ".filingforge-commit")), "a journal left behind");
        Assert.Empty(Directory.GetFiles(output, "*.filingforge-*", SearchOption.AllDirectories));
    }

    private Dictionary<string, string> Reference(string register, string key, string name, string[] mode)
    {
        var folder = Path.Combine(_root, name);
        var (exit, stdout, stderr) = Cards(key, register, folder, mode);
        Assert.True(exit == 0, stdout + stderr);
        return Hashes(folder);
    }

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(f => b.TryGetValue(f.Key, out var h) && h == f.Value);

    /// <summary>Every file under the folder but the commit's own (lock, journal, staging and backup folders).</summary>
    private static Dictionary<string, string> Hashes(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => (Path: f, Name: Path.GetRelativePath(directory, f).Replace('\\', '/')))
            .Where(f => !f.Name.StartsWith(".filingforge", StringComparison.Ordinal))
            .ToDictionary(f => f.Name, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f.Path))));

    private static (int Exit, string Out, string Err) Cards(string key, string register, string output, string[] mode)
    {
        using var process = Start(key, register, output, mode);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "the card run did not end");
        return (process.ExitCode, stdout.Result, stderr);
    }

    private static Process Start(string key, string register, string output, string[] mode, int pauseAt = 0)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[FilingForgeProcess.CliAssembly, "cards", "--holders", register, "-o", output, .. mode]) start.ArgumentList.Add(arg);
        start.Environment[ControlNumberGenerator.KeyVariable] = key;
        start.Environment["SOURCE_DATE_EPOCH"] = "1700000000";
        start.Environment["CI"] = "true";
        if (pauseAt > 0) start.Environment["FILINGFORGE_TEST_PAUSE_COMMIT_AT"] = pauseAt.ToString(CultureInfo.InvariantCulture);
        return Process.Start(start)!;
    }

    /// <summary>Whether the run announced its pause (true) or ended without reaching the step (false).</summary>
    private static bool WaitForPause(Process run)
    {
        run.StandardOutput.ReadToEndAsync();
        var read = Task.Run(() =>
        {
            while (run.StandardError.ReadLine() is { } line)
                if (line.StartsWith("filingforge: test hook: commit paused", StringComparison.Ordinal)) return true;
            return false;
        });
        Assert.True(read.Wait(TimeSpan.FromSeconds(120)), "the card run neither paused nor ended");
        if (!read.Result) Assert.True(Finish(run) == 0, "the card run failed instead of finishing");
        return read.Result;
    }

    private static int Finish(Process process)
    {
        Assert.True(process.WaitForExit(120_000), "the card run did not end");
        return process.ExitCode;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
