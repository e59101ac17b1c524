using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace FilingForge.Tests.Watch;

/// <summary>A page's view of <c>/_ff/events</c>: reads the Server-Sent Events the preview sends, one <c>build</c> event at a time.</summary>
internal sealed class EventReader : IDisposable
{
    private readonly TcpClient _client = new();
    private StreamReader _reader = null!;

    public static async Task<EventReader> OpenAsync(IPEndPoint server)
    {
        var events = new EventReader();
        await events._client.ConnectAsync(server);
        var stream = events._client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET /_ff/events HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\nAccept: text/event-stream\r\n\r\n"));
        events._reader = new StreamReader(stream, Encoding.UTF8);
        return events;
    }

    /// <summary>The data of the next <c>build</c> event, or a failure after <paramref name="timeout"/>.</summary>
    public async Task<JsonElement> NextBuildAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        string? name = null;
        while (true)
        {
            var line = await _reader.ReadLineAsync(deadline.Token) ?? throw new EndOfStreamException("the event stream closed");
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            if (name == "build" && line.StartsWith("data: ", StringComparison.Ordinal)) return JsonDocument.Parse(line[6..]).RootElement.Clone();
        }
    }

    /// <summary>Skips events until one satisfies <paramref name="wanted"/> (a save may cause more than one build).</summary>
    public async Task<JsonElement> NextBuildAsync(Func<JsonElement, bool> wanted, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = until - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) throw new TimeoutException("no build event as expected");
            var state = await NextBuildAsync(left);
            if (wanted(state)) return state;
        }
    }

    public void Dispose() => _client.Dispose();
}
