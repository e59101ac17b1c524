using System.Text;

namespace FilingForge.Watch.Http;

/// <summary>
/// What the preview server answers. Every path is looked up among the current build's documents and the preview's
/// own few resources; nothing is read from disk by path, so no request can reach a file outside the outputs, and a
/// path that names no output (a folder, <c>..</c>, a source file) is not found.
/// </summary>
public sealed class PreviewRoutes(PreviewSession session, EventStream events, IReadOnlySet<string> allowedHosts)
{
    public const string EventsPath = "/_ff/events";

    private readonly string _filingName = Path.GetFileName(Path.GetFullPath(session.Options.DataDirectory).TrimEnd(Path.DirectorySeparatorChar));

    public async Task ServeAsync(HttpRequest request, Stream stream, CancellationToken cancel)
    {
        if (Refusal(request) is { } refused)
        {
            await refused.WriteAsync(stream, request.Method == "HEAD", cancel);
            return;
        }

        if (request.Path == EventsPath)
        {
            await events.ServeAsync(stream, () => session.State, cancel);
            return;
        }

        await Answer(request).WriteAsync(stream, request.Method == "HEAD", cancel);
    }

    /// <summary>
    /// Requests refused before routing: methods other than GET and HEAD, and a Host header naming another server, which
    /// is how a web page elsewhere would reach a loopback server through DNS rebinding.
    /// </summary>
    private HttpResponse? Refusal(HttpRequest request)
    {
        if (request.Method is not ("GET" or "HEAD")) return HttpResponse.Text(405, "Only GET and HEAD are served.");
        if (allowedHosts.Count > 0 && !allowedHosts.Contains(request.Host.ToLowerInvariant()))
            return HttpResponse.Text(421, $"This server answers only to {string.Join(", ", allowedHosts.Order(StringComparer.Ordinal))}.");
        return null;
    }

    public HttpResponse Answer(HttpRequest request)
    {
        var state = session.State;
        return request.Path switch
        {
            "/" => HttpResponse.Html(IndexPage.For(state, _filingName)),
            "/_ff/live.js" => new HttpResponse(200, "text/javascript; charset=utf-8", LiveScript.Bytes),
            "/_ff/state" => HttpResponse.Json(PreviewJson.State(state)),
            "/_ff/changes" => Changes(state, request.QueryValue("document")),
            _ => Output(state.LastGood, Uri.UnescapeDataString(request.Path[1..])),
        };
    }

    private static HttpResponse Changes(PreviewState state, string? documentName)
    {
        if (state.LastGood is not { } build || documentName is null || build.Find(documentName) is null) return HttpResponse.NotFound();
        return HttpResponse.Json(PreviewJson.Changes(build.Generation, state.Changes.For(documentName)));
    }

    /// <summary>A document's live preview, or one of its other formats (built now if this build has not built it yet).</summary>
    private static HttpResponse Output(PreviewBuild? build, string fileName)
    {
        if (build is null || fileName.Contains('/') || fileName.Contains('\\')) return HttpResponse.NotFound();
        if (fileName.EndsWith(".html", StringComparison.Ordinal) && build.Pages.ContainsKey(fileName[..^5]))
            return HttpResponse.Html(LivePage.For(build, fileName[..^5]));
        if (build.Outputs.Get(fileName) is not { } file) return HttpResponse.NotFound();
        return file.Content is { } content
            ? new HttpResponse(200, file.ContentType, content)
            : HttpResponse.Text(422, "The writer reported errors:\n" + string.Join("\n", file.Diagnostics.Select(d => d.ToString())));
    }
}
