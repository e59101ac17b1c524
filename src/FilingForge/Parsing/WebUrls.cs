namespace FilingForge.Parsing;

/// <summary>What a printed web address may link to, and how its source text reads back.</summary>
internal static class WebUrls
{
    /// <summary>
    /// An absolute http or https address with a host: nothing else (no <c>javascript:</c>, no <c>file:</c>) ever
    /// becomes a link, whatever the text around it.
    /// </summary>
    public static bool IsWebUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    /// <summary>Drops the backslash of each Markdown escape (a backslash before ASCII punctuation), as CommonMark text does.</summary>
    public static string Unescape(string source)
    {
        if (!source.Contains('\\')) return source;
        var sb = new System.Text.StringBuilder(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '\\' && i + 1 < source.Length && IsAsciiPunctuation(source[i + 1])) i++;
            sb.Append(source[i]);
        }

        return sb.ToString();
    }

    private static bool IsAsciiPunctuation(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');
}
