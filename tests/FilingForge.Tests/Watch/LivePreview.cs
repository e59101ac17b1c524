using System.Net;
using FilingForge.Diagnostics;
using FilingForge.Watch;
using FilingForge.Watch.Http;
using FilingForge.Tests.Review;

namespace FilingForge.Tests.Watch;

/// <summary>What <c>filingforge watch</c> runs, in the test's process, on a copy of the sample filing and a free loopback port.</summary>
internal sealed class LivePreview : IDisposable
{
    public LivePreview()
    {
        Sample = new SampleCopy();
        Session = new PreviewSession(new PreviewOptions { DataDirectory = Sample.Folder, TemplatesDirectory = SampleCopy.Templates });
        Session.BuildNow();
        Server = PreviewServer.Start(Session, IPAddress.Loopback, 0);
        var problems = new DiagnosticBag();
        Watcher = SourceWatcher.Start([Sample.Folder, SampleCopy.Templates], Session.Options.Debounce, Session.RequestRebuild, problems);
        Assert.Empty(problems.Items);
    }

    public SampleCopy Sample { get; }

    public PreviewSession Session { get; }

    public PreviewServer Server { get; }

    public SourceWatcher Watcher { get; }

    public IPEndPoint Endpoint => new(IPAddress.Loopback, Server.Endpoint.Port);

    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    public void Dispose()
    {
        Watcher.Dispose();
        Server.Dispose();
        Session.Dispose();
        Sample.Dispose();
    }
}
