using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using FilingForge.Diagnostics;
using FilingForge.Watch;
using FilingForge.Watch.Http;

namespace FilingForge.Cli;

/// <summary>
/// <c>filingforge watch</c>: builds the filing once, serves the HTML preview of every document on the loopback address,
/// and rebuilds on every save until Ctrl-C. The console prints each build's diagnostics and a one-line status.
/// </summary>
internal static class WatchCommand
{
    public const int DefaultPort = 5003;

    public static Command Create()
    {
        var data = CommonOptions.DataDirectory();
        var templates = CommonOptions.Templates();
        var port = new Option<int>("--port") { Description = $"Port to serve the preview on (0: any free port). Default: {DefaultPort}.", DefaultValueFactory = _ => DefaultPort, HelpName = "N" };
        var expose = new Option<string?>("--expose-on-network")
        {
            Description = "Listen on this address instead of 127.0.0.1 (e.g. 0.0.0.0): anyone who can reach it can read the unfiled filing. Off by default.",
            HelpName = "ADDRESS",
        };
        var command = new Command("watch", "Build the filing, serve the HTML preview of every document on http://127.0.0.1:PORT/ and rebuild on every change to the data, the templates or the theme. Ctrl-C stops.")
        {
            data, port, templates, expose,
        };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(port), parse.GetValue(templates), parse.GetValue(expose)));
        return command;
    }

    private static int Run(string dataDirectory, int port, DirectoryInfo? templates, string? expose)
    {
        if (!Directory.Exists(dataDirectory)) return CommandLine.UsageError($"data folder '{dataDirectory}' does not exist.");
        if (port is < 0 or > 65535) return CommandLine.UsageError($"port {port} is not between 0 and 65535.");
        var address = IPAddress.Loopback;
        if (expose is not null && !IPAddress.TryParse(expose, out address)) return CommandLine.UsageError($"'{expose}' is not an IP address.");

        var options = new PreviewOptions { DataDirectory = dataDirectory, TemplatesDirectory = templates?.FullName ?? CommonOptions.DefaultTemplates() };
        using var session = new PreviewSession(options);
        session.Published += WatchConsole.Print;
        session.BuildNow();
        return Serve(session, address!, port);
    }

    private static int Serve(PreviewSession session, IPAddress address, int port)
    {
        PreviewServer server;
        try
        {
            server = PreviewServer.Start(session, address, port);
        }
        catch (SocketException e)
        {
            WatchConsole.Print(PreviewDiagnostics.CannotListen.At(SourceLocation.None, $"{address}:{port}", e.Message));
            return CommandLine.Failed;
        }

        using (server)
        {
            var problems = new DiagnosticBag();
            using var watcher = SourceWatcher.Start([session.Options.DataDirectory, session.Options.TemplatesDirectory], session.Options.Debounce, session.RequestRebuild, problems);
            foreach (var problem in problems.Items) WatchConsole.Print(problem);
            WatchConsole.Listening(server.Address, IPAddress.IsLoopback(address), session.Options);
            WaitForStop();
            Console.WriteLine("watch: stopped");
        }

        return CommandLine.Ok;
    }

    /// <summary>Blocks until Ctrl-C (SIGINT) or SIGTERM; both are taken over so the process ends through the cleanup above.</summary>
    private static void WaitForStop()
    {
        using var stop = new ManualResetEventSlim();
        void Handle(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Set();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle);
        stop.Wait();
    }
}
