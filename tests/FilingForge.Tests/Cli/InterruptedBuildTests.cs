using System.Security.Cryptography;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Cli;

public sealed class InterruptedBuildTests
{
    /// <summary>
    /// Kills build processes at several moments of their run; whatever the moment, every output file is either the
    /// previous build's or absent temporaries, never a torn file.
    /// </summary>
    [Fact]
    public void A_build_killed_part_way_leaves_the_previous_outputs_intact()
    {
        var output = Path.Combine(Path.GetTempPath(), "filingforge-killed-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, FilingForgeProcess.Run("build", "-o", output).ExitCode);
            var before = Hashes(output);

            foreach (var delay in new[] { 150, 400, 800, 1200, 1600 })
            {
                using var build = FilingForgeProcess.Start("build", "-o", output);
                Thread.Sleep(delay);
                if (!build.HasExited) build.Kill(entireProcessTree: true);
                build.WaitForExit();
                Assert.Equal(before, Hashes(output));
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>
    /// The same with a changed salary, so old and new outputs differ: after each kill every file is wholly the old
    /// build's or wholly the new one's (never torn), and a manifest that is present describes exactly the files present.
    /// A kill during the final renames can leave a mix of old and new files; then the manifest is absent (see
    /// <see cref="FilingForge.Compilation.AtomicOutputFolder"/>), so a mix is never passed off as a whole build.
    /// </summary>
    [Fact]
    public void A_build_of_changed_data_killed_part_way_leaves_each_file_wholly_old_or_new_and_the_manifest_true()
    {
        var root = Path.Combine(Path.GetTempPath(), "filingforge-killed-changed-" + Guid.NewGuid().ToString("N"));
        var output = Path.Combine(root, "out");
        var changed = CopyWithChangedSalary(Path.Combine(root, "data"));
        try
        {
            Assert.Equal(0, FilingForgeProcess.Run("build", "-o", output).ExitCode);
            var old = Hashes(output);
            var reference = Path.Combine(root, "reference");
            Assert.Equal(0, FilingForgeProcess.Run("build", changed, "-o", reference).ExitCode);
            var @new = Hashes(reference);
            Assert.Equal(old.Keys.Order(), @new.Keys.Order());
            Assert.Contains(old.Keys, name => old[name] != @new[name]);

            foreach (var delay in new[] { 150, 400, 800, 1200, 1600, 2400, 3200 })
            {
                using var build = FilingForgeProcess.Start("build", changed, "-o", output);
                Thread.Sleep(delay);
                if (!build.HasExited) build.Kill(entireProcessTree: true);
                build.WaitForExit();
                AssertWhollyOldOrNew(output, old, @new);
            }

            // Whatever the kills left, one more build completes the folder.
            Assert.Equal(0, FilingForgeProcess.Run("build", changed, "-o", output).ExitCode);
            Assert.Equal(@new, Hashes(output));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void AssertWhollyOldOrNew(string output, Dictionary<string, string> old, Dictionary<string, string> @new)
    {
        var present = Hashes(output);
        foreach (var (name, hash) in present)
            Assert.True(hash == old[name] || hash == @new[name], $"{name} is neither the old nor the new build's");
        if (!present.TryGetValue(FilingForge.Compilation.BuildManifest.FileName, out var manifest)) return;
        var expected = manifest == old[FilingForge.Compilation.BuildManifest.FileName] ? old : @new;
        Assert.Equal(expected, present);
    }

    /// <summary>A copy of the sample data where Karen Clark's 2002 salary is 241,000 instead of 235,096.</summary>
    internal static string CopyWithChangedSalary(string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(RepositoryPaths.SampleData))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        var path = Path.Combine(target, "summary-compensation.yaml");
        var text = File.ReadAllText(path);
        Assert.Contains("salary: 235096", text);
        File.WriteAllText(path, text.Replace("salary: 235096", "salary: 241000", StringComparison.Ordinal));
        return target;
    }

    /// <summary>Output files by name and hash; the lock, the journal, temporaries and backups are bookkeeping, not outputs.</summary>
    internal static Dictionary<string, string> Hashes(string directory) =>
        Directory.GetFiles(directory)
            .Where(f => !Path.GetFileName(f).StartsWith(".filingforge", StringComparison.Ordinal))
            .Where(f => !f.EndsWith(".filingforge-tmp", StringComparison.Ordinal) && !f.EndsWith(".filingforge-old", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
