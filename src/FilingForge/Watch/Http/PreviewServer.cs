using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace FilingForge.Watch.Http;

/// <summary>
/// A small HTTP/1.1 server for the live preview on a <see cref="TcpListener"/> (no web framework: it serves a few
/// in-memory resources to one reader's browser, and stays ahead-of-time compilable). It binds to exactly the address
/// it is given, the loopback address unless the user says otherwise, publishes each build to the open pages and
/// stops with every connection closed.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private readonly TcpListener _listener;
    private readonly PreviewSession _session;
    private readonly EventStream _events = new();
    private readonly PreviewRoutes _routes;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Task, TcpClient> _connections = new();
    private readonly Task _accepting;

    private PreviewServer(PreviewSession session, TcpListener listener)
    {
        _session = session;
        _listener = listener;
        Endpoint = (IPEndPoint)listener.LocalEndpoint;
        _routes = new PreviewRoutes(session, _events, AllowedHosts(Endpoint));
        session.Published += _events.Publish;
        _accepting = AcceptAsync();
    }

    /// <summary>Listens on <paramref name="address"/>:<paramref name="port"/> (0 for any free port); throws <see cref="SocketException"/> when it cannot.</summary>
    public static PreviewServer Start(PreviewSession session, IPAddress address, int port)
    {
        var listener = new TcpListener(address, port);
        listener.Start();
        return new PreviewServer(session, listener);
    }

    public IPEndPoint Endpoint { get; }

    public Uri Address => new($"http://{(Endpoint.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{Endpoint.Address}]" : Endpoint.Address.ToString())}:{Endpoint.Port}/");

    /// <summary>Pages listening for builds now (for tests and the console).</summary>
    public int OpenEventStreams => _events.Count;

    /// <summary>
    /// On loopback, the Host names a browser on this machine uses; anything else is refused. On another address the
    /// names the machine is reached by are not known here, so any is accepted (the user chose to expose it).
    /// </summary>
    private static HashSet<string> AllowedHosts(IPEndPoint endpoint)
    {
        if (!IPAddress.IsLoopback(endpoint.Address)) return [];
        return [$"127.0.0.1:{endpoint.Port}", $"localhost:{endpoint.Port}", $"[::1]:{endpoint.Port}"];
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var connection = ServeAsync(client);
            _connections[connection] = client;
            _ = connection.ContinueWith(done => _connections.TryRemove(done, out _), TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        await Task.Yield();
        using (client)
        {
            try
            {
                client.NoDelay = true;
                var stream = client.GetStream();
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                timeout.CancelAfter(RequestTimeout);
                var request = await HttpRequest.ReadAsync(stream, timeout.Token);
                if (request is null)
                {
                    await HttpResponse.Text(400, "Bad request.").WriteAsync(stream, false, _stop.Token);
                    return;
                }

                await _routes.ServeAsync(request, stream, _stop.Token);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The browser went away or the server is stopping: nothing to answer.
            }
        }
    }

    /// <summary>Stops listening, closes every connection (the event streams too) and waits for their handlers to end.</summary>
    public void Dispose()
    {
        _session.Published -= _events.Publish;
        _stop.Cancel();
        _listener.Stop();
        foreach (var client in _connections.Values) client.Dispose();
        Task.WaitAll([_accepting, .. _connections.Keys], TimeSpan.FromSeconds(10));
        _events.Dispose();
        _stop.Dispose();
    }
}
