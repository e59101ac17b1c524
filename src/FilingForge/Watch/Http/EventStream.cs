using System.Text;

namespace FilingForge.Watch.Http;

/// <summary>
/// The Server-Sent Events stream every open page listens to (<c>/_ff/events</c>): one <c>build</c> event on connecting
/// (the state as it is) and one after each published build, so the page never polls. A comment every
/// <see cref="KeepAlive"/> finds the connections of closed pages so they can be dropped.
/// </summary>
public sealed class EventStream : IDisposable
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);
    private readonly List<Subscriber> _subscribers = new();
    private readonly Timer _keepAlive;

    public EventStream()
    {
        _keepAlive = new Timer(_ => Send(": keep-alive\n\n"), null, KeepAlive, KeepAlive);
    }

    public int Count
    {
        get { lock (_subscribers) return _subscribers.Count; }
    }

    /// <summary>Serves one page's stream until the page goes away or the server stops.</summary>
    public async Task ServeAsync(Stream stream, Func<PreviewState> current, CancellationToken cancel)
    {
        var subscriber = new Subscriber(stream);
        var head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n" + HttpResponse.Headers + "Connection: keep-alive\r\n\r\n";
        // A short retry: after a restart of the watcher the page reconnects at once.
        await subscriber.WriteAsync(head + "retry: 500\n\n", cancel);
        lock (_subscribers) _subscribers.Add(subscriber);
        // The state is read after subscribing, so a build published meanwhile is not missed (the page ignores repeats).
        await subscriber.WriteAsync(Event(current()), cancel);
        try
        {
            // The page sends nothing more; the read ends when it closes the connection.
            var ignored = new byte[256];
            while (await stream.ReadAsync(ignored, cancel) > 0) { }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException) { }
        finally
        {
            lock (_subscribers) _subscribers.Remove(subscriber);
        }
    }

    public void Publish(PreviewState state) => Send(Event(state));

    private static string Event(PreviewState state) =>
        $"event: build\nid: {state.BuildNumber}\ndata: {Encoding.UTF8.GetString(PreviewJson.State(state))}\n\n";

    private void Send(string text)
    {
        Subscriber[] all;
        lock (_subscribers) all = _subscribers.ToArray();
        foreach (var subscriber in all) _ = subscriber.WriteAsync(text, CancellationToken.None);
    }

    public void Dispose() => _keepAlive.Dispose();

    /// <summary>One page's connection; writes are serialised so two events never interleave.</summary>
    private sealed class Subscriber(Stream stream)
    {
        private readonly SemaphoreSlim _write = new(1, 1);

        public async Task WriteAsync(string text, CancellationToken cancel)
        {
            await _write.WaitAsync(cancel);
            try
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(text), cancel);
                await stream.FlushAsync(cancel);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // The page has gone; its reader loop ends and removes it.
            }
            finally
            {
                _write.Release();
            }
        }
    }
}
