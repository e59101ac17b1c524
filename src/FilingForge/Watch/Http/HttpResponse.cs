using System.Text;

namespace FilingForge.Watch.Http;

/// <summary>
/// A complete response. Every response closes its connection (a local preview gains nothing from keep-alive and the
/// server stays simple) and forbids caching, content sniffing, framing by other sites and scripts from anywhere else.
/// </summary>
public sealed record HttpResponse(int Status, string ContentType, byte[] Body)
{
    /// <summary>The preview's inline SVG and styles are allowed; the only script is the preview's own.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    public static HttpResponse Html(string html) => new(200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));

    public static HttpResponse Json(byte[] json) => new(200, "application/json; charset=utf-8", json);

    public static HttpResponse Text(int status, string text) => new(status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text + "\n"));

    public static HttpResponse NotFound() => Text(404, "Not found: this server serves only the preview's documents.");

    public async Task WriteAsync(Stream stream, bool headOnly, CancellationToken cancel)
    {
        var head = $"HTTP/1.1 {Status} {Reason(Status)}\r\n" +
                   $"Content-Type: {ContentType}\r\nContent-Length: {Body.Length}\r\n" +
                   Headers +
                   "Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancel);
        if (!headOnly) await stream.WriteAsync(Body, cancel);
        await stream.FlushAsync(cancel);
    }

    /// <summary>The headers every response carries, the event stream's included.</summary>
    public const string Headers =
        "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n" +
        "Content-Security-Policy: " + ContentSecurityPolicy + "\r\n";

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        421 => "Misdirected Request",
        422 => "Unprocessable Content",
        _ => "Status",
    };
}
