using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FilingForge.Tests.Watch;

/// <summary>
/// Requests written byte for byte, so a test can send what a browser's URL handling would tidy away (<c>/../</c>,
/// encoded dots, a foreign Host header).
/// </summary>
internal static class RawHttp
{
    public sealed record Response(int Status, string Head, string Body);

    public static async Task<Response> GetAsync(IPEndPoint server, string target, string? host = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server);
        var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {host ?? $"127.0.0.1:{server.Port}"}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        return new Response(int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), head, split < 0 ? "" : text[(split + 4)..]);
    }
}
