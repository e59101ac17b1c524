using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FilingForge.Diagnostics;
using FilingForge.Watch;
using FilingForge.Watch.Http;

namespace FilingForge.Benchmarks;

/// <summary>
/// Edit-to-preview latency of <c>filingforge watch</c>: on a copy of the sample, saves a one-value change (Karen
/// Clark's 2002 salary) and times until a page's event stream has reported the build and the page's own fetch of
/// the document returns the new figure, which is what the page does before it shows it. Runs the watcher's own
/// classes in this process, like the command; the first build (start-up) is not counted.
/// </summary>
public static class WatchLatencyMeasurement
{
    public static int Run(int edits)
    {
        var folder = CopySample();
        try
        {
            var times = Measure(folder, edits);
            var sorted = times.Order().ToArray();
            Console.WriteLine($"edits: {edits}; edit-to-preview ms: {string.Join(" ", times.Select(t => t.ToString("0.0", CultureInfo.InvariantCulture)))}");
            Console.WriteLine($"median {Median(sorted):0.0} ms, worst {sorted[^1]:0.0} ms, best {sorted[0]:0.0} ms");
            return sorted[^1] < 200 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<double> Measure(string folder, int edits)
    {
        var templates = Path.Combine(RepositoryRoot.Path, "templates");
        using var session = new PreviewSession(new PreviewOptions { DataDirectory = folder, TemplatesDirectory = templates });
        session.BuildNow();
        using var server = PreviewServer.Start(session, IPAddress.Loopback, 0);
        using var watcher = SourceWatcher.Start([folder, templates], session.Options.Debounce, session.RequestRebuild, new DiagnosticBag());
        using var events = OpenEvents(server.Endpoint);
        ReadBuild(events);
        var file = Path.Combine(folder, "summary-compensation.yaml");
        var times = new List<double>();
        for (var i = 1; i <= edits + 1; i++)
        {
            var salary = 241000 + i;
            var text = File.ReadAllText(file);
            var clock = Stopwatch.StartNew();
            File.WriteAllText(file, System.Text.RegularExpressions.Regex.Replace(text, @"salary: 2(35096|41\d{3})\b", $"salary: {salary}"));
            ReadBuild(events);
            var page = Get(server.Endpoint, "/proxy-statement.html");
            clock.Stop();
            if (!page.Contains(salary.ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal)) throw new InvalidOperationException($"edit {i}: the page does not show {salary}");
            // The first edit after start-up is the JIT's, not the watcher's steady state; it is printed but not counted.
            if (i == 1) Console.WriteLine($"first edit after start-up: {clock.Elapsed.TotalMilliseconds:0.0} ms (not counted)");
            else times.Add(clock.Elapsed.TotalMilliseconds);
            Thread.Sleep(250);
        }

        return times;
    }

    private static StreamReader OpenEvents(IPEndPoint server)
    {
        var client = new TcpClient();
        client.Connect(server);
        var stream = client.GetStream();
        stream.Write(Encoding.ASCII.GetBytes($"GET /_ff/events HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\n\r\n"));
        return new StreamReader(stream, Encoding.UTF8);
    }

    private static void ReadBuild(StreamReader events)
    {
        while (events.ReadLine() is { } line)
            if (line.StartsWith("data: ", StringComparison.Ordinal)) return;
        throw new EndOfStreamException("the event stream closed");
    }

    private static string Get(IPEndPoint server, string path)
    {
        using var client = new TcpClient();
        client.Connect(server);
        var stream = client.GetStream();
        stream.Write(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\n\r\n"));
        return new StreamReader(stream, Encoding.UTF8).ReadToEnd();
    }

    private static string CopySample()
    {
        var folder = Directory.CreateTempSubdirectory("filingforge-watch-latency-").FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "data", "capstone-2003")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}
