using System.Text;

namespace FilingForge.Watch.Http;

/// <summary>
/// The request line and the headers the preview uses. Only what a browser sends to a local preview is understood:
/// a request head of at most <see cref="MaxHeadBytes"/>, no body; anything else is a bad request.
/// </summary>
public sealed record HttpRequest(string Method, string Path, string Query, string Host)
{
    public const int MaxHeadBytes = 16 * 1024;

    /// <summary>Reads one request head, or returns null when the client sent something that is not one (or nothing).</summary>
    public static async Task<HttpRequest?> ReadAsync(Stream stream, CancellationToken cancel)
    {
        var head = await ReadHeadAsync(stream, cancel);
        return head is null ? null : Parse(head);
    }

    public static HttpRequest? Parse(string head)
    {
        var lines = head.Split("\r\n");
        var parts = lines[0].Split(' ');
        if (parts.Length != 3 || !parts[2].StartsWith("HTTP/1.", StringComparison.Ordinal) || !parts[1].StartsWith('/')) return null;
        var target = parts[1];
        var question = target.IndexOf('?');
        var host = lines.Skip(1).Select(Header).FirstOrDefault(h => h.Name.Equals("Host", StringComparison.OrdinalIgnoreCase)).Value ?? "";
        return new HttpRequest(parts[0], question < 0 ? target : target[..question], question < 0 ? "" : target[(question + 1)..], host);
    }

    /// <summary>The value of <paramref name="name"/> in the query string (<c>?document=proxy-card</c>), or null.</summary>
    public string? QueryValue(string name) =>
        Query.Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2 && p[0] == name).Select(p => Uri.UnescapeDataString(p[1])).FirstOrDefault();

    private static (string Name, string Value) Header(string line)
    {
        var colon = line.IndexOf(':');
        return colon < 0 ? ("", "") : (line[..colon].Trim(), line[(colon + 1)..].Trim());
    }

    private static async Task<string?> ReadHeadAsync(Stream stream, CancellationToken cancel)
    {
        var buffer = new byte[MaxHeadBytes];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancel);
            if (read == 0) return null;
            length += read;
            var end = buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8);
            if (end >= 0) return Encoding.Latin1.GetString(buffer, 0, end);
        }

        return null;
    }
}
