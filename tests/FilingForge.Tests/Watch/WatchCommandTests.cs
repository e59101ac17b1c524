using System.Diagnostics;
using FilingForge.Tests.Cli;
using FilingForge.Tests.Review;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Watch;

/// <summary><c>filingforge watch</c> as a process: it starts, serves, and stops cleanly on Ctrl-C.</summary>
public sealed class WatchCommandTests
{
    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Ctrl_C_or_a_termination_signal_stops_the_watcher_with_exit_code_0_and_nothing_left_behind(string signal)
    {
        using var sample = new SampleCopy();
        var before = Directory.GetFileSystemEntries(sample.Folder).Order().ToArray();
        using var watch = FilingForgeProcess.Start("watch", sample.Folder, "--port", "0");
        try
        {
            var address = await PreviewAddressAsync(watch);
            using var client = new HttpClient();
            Assert.Contains("235,096", await client.GetStringAsync(new Uri(address, "/proxy-statement.html")));

            var kill = ExternalTool.Run("kill", [$"-{signal}", watch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            Assert.Equal(0, kill.ExitCode);

            Assert.True(watch.WaitForExit(20_000), "watch did not stop within 20 s");
            Assert.Equal(0, watch.ExitCode);
            Assert.Contains("watch: stopped", await watch.StandardOutput.ReadToEndAsync());
            Assert.Equal(before, Directory.GetFileSystemEntries(sample.Folder).Order().ToArray());
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.GetStringAsync(address));
        }
        finally
        {
            if (!watch.HasExited) watch.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void A_port_that_is_taken_is_reported_with_its_diagnostic()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var result = FilingForgeProcess.Run("watch", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error FF6901: cannot listen on 127.0.0.1:{port}", result.StandardError);
    }

    /// <summary>The address the watcher prints once it serves (the first build comes before it).</summary>
    private static async Task<Uri> PreviewAddressAsync(Process watch)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await watch.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
            if (line.StartsWith("watch: preview at ", StringComparison.Ordinal)) return new Uri(line["watch: preview at ".Length..]);
        throw new InvalidOperationException("watch ended without serving: " + await watch.StandardError.ReadToEndAsync());
    }
}
