namespace FilingForge.Writers.Html.Edgar;

/// <summary>§5 links and §6 images.</summary>
internal sealed partial class EdgarCheckRun
{
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];

    private void CheckLink(HtmlAttribute href)
    {
        var url = href.DecodedValue.Trim();
        if (ScriptScheme(url) is not null) return; // reported as FF6106 already
        if (url.StartsWith('#'))
        {
            // A bare "#" is the top of the document, which always exists.
            if (url.Length > 1) _fragmentLinks.Add((url[1..], href.Position));
            return;
        }

        if (HasScheme(url) || url.StartsWith("//", StringComparison.Ordinal))
        {
            if (!IsEdgarArchive(url)) Report(HtmlDiagnostics.ExternalLink, href.Position, url);
            return;
        }

        var file = FilePart(url);
        if (submission is not null && file.Length > 0 && submission.Read(file) is null)
            Report(HtmlDiagnostics.MissingSubmissionFile, href.Position, file);
    }

    private void CheckImage(HtmlToken image)
    {
        if (image.Attribute("src") is not { } src) return;
        var url = src.DecodedValue.Trim();
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            Report(HtmlDiagnostics.ImageDataUri, src.Position);
            return;
        }

        if (ScriptScheme(url) is not null) return;
        if (HasScheme(url) || url.IndexOfAny(['/', '\\']) >= 0)
        {
            Report(HtmlDiagnostics.ImageNotRelative, src.Position, url);
            return;
        }

        var file = FilePart(url);
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension is not (".jpg" or ".gif"))
        {
            Report(HtmlDiagnostics.ImageType, src.Position, url);
            return;
        }

        if (submission is null) return;
        var bytes = submission.Read(file);
        if (bytes is null) Report(HtmlDiagnostics.MissingSubmissionFile, src.Position, file);
        else if (!HasMagic(bytes, extension)) Report(HtmlDiagnostics.ImageContentMismatch, src.Position, file, extension == ".jpg" ? "JPEG" : "GIF");
    }

    private static bool HasMagic(byte[] bytes, string extension) => extension == ".jpg"
        ? bytes.AsSpan().StartsWith(JpegMagic)
        : bytes.AsSpan().StartsWith("GIF87a"u8) || bytes.AsSpan().StartsWith("GIF89a"u8);

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0) return false;
        var scheme = url.AsSpan(0, colon);
        return char.IsAsciiLetter(scheme[0]) && scheme.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.") < 0;
    }

    /// <summary>The SEC's own archive is the one place outside the submission a filing may link to.</summary>
    private static bool IsEdgarArchive(string url)
    {
        if (!Uri.TryCreate(url.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url, UriKind.Absolute, out var uri)) return false;
        return uri.Scheme is "http" or "https"
            && uri.Host.ToLowerInvariant() is "www.sec.gov" or "sec.gov"
            && uri.AbsolutePath.StartsWith("/Archives/edgar/", StringComparison.OrdinalIgnoreCase);
    }

    private static string FilePart(string url)
    {
        var end = url.IndexOfAny(['#', '?']);
        return end < 0 ? url : url[..end];
    }
}
