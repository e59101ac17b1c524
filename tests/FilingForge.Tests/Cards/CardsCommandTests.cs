using System.Diagnostics;
using FilingForge.Cards;
using FilingForge.Tests.Cli;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Cards;

/// <summary>The real <c>filingforge cards</c> process: the key and the control numbers never reach the console.</summary>
public sealed class CardsCommandTests
{
    private const string Key = "cli-test-key-do-not-print-0123456789";

    private static (int Exit, string Out, string Err) Cards(string? key, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(FilingForgeProcess.CliAssembly);
        start.ArgumentList.Add("cards");
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment.Remove(ControlNumberGenerator.KeyVariable);
        if (key is not null) start.Environment[ControlNumberGenerator.KeyVariable] = key;
        start.Environment["CI"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    /// <summary>Issue 16 item 13: sixteen spaces passed the 16-byte minimum and numbered every card with a guessable key.</summary>
    [Fact]
    public void A_key_of_sixteen_spaces_is_FF7009_exit_one()
    {
        var (exit, stdout, stderr) = Cards(new string(' ', 16), "--holders", "data/capstone-2003/holders.csv", "-o", Path.Combine(Path.GetTempPath(), "ff-cards-blank-key"));
        Assert.True(exit == 1, stdout + stderr);
        Assert.Contains("error FF7009:", stderr);
        Assert.DoesNotContain("   at ", stdout + stderr);
    }

    /// <summary>Issue 16 item 13: --volume-size was ignored without a word when --per-holder was given.</summary>
    [Fact]
    public void Volume_size_with_per_holder_is_a_usage_error_exit_two()
    {
        var (exit, stdout, stderr) = Cards(Key, "--holders", "data/capstone-2003/holders.csv", "-o", Path.Combine(Path.GetTempPath(), "ff-cards-both"), "--volume-size", "5", "--per-holder");
        Assert.True(exit == 2, stdout + stderr);
        Assert.Contains("--volume-size and --per-holder exclude each other", stderr);
    }

    [Fact]
    public void Cards_for_the_example_register_never_print_the_key_or_a_control_number()
    {
        var output = Directory.CreateTempSubdirectory("ff-cards-cli-").FullName;
        try
        {
            var (exit, stdout, stderr) = Cards(Key, "--holders", "data/capstone-2003/holders.csv", "-o", output);
            Assert.True(exit == 0, stdout + stderr);
            Assert.Contains("20 cards", stdout);
            Assert.Contains("(100%)", stdout);
            var console = stdout + stderr;
            Assert.DoesNotContain(Key, console);
            foreach (var row in CardFixture.Manifest(Path.Combine(output, "cards-manifest.csv")))
            {
                Assert.DoesNotContain(row[1], console);
                Assert.DoesNotContain(row[1][..12], console.Replace(" ", ""));
            }
        }
        finally
        {
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void Without_the_key_the_run_fails_with_FF7009_and_writes_nothing()
    {
        var output = Path.Combine(Path.GetTempPath(), "ff-cards-nokey-" + Environment.ProcessId);
        var (exit, stdout, stderr) = Cards(null, "--holders", "data/capstone-2003/holders.csv", "-o", output);
        Assert.Equal(1, exit);
        Assert.Contains("FF7009", stdout + stderr);
        Assert.False(Directory.Exists(output));
    }
}
