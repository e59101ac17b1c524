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

    /// <summary>Output files by name and hash; temporaries of a killed build are not outputs and are ignored.</summary>
    private static Dictionary<string, string> Hashes(string directory) =>
        Directory.GetFiles(directory)
            .Where(f => !f.EndsWith(".filingforge-tmp", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
