namespace FilingForge.Profiles.Xbrl;

/// <summary>
/// How the company's extension taxonomy is named from its data (EDGAR Filer Manual 6.3, 5.2.4): the prefix is the
/// ticker in lower case with only its letters and digits (<c>BRK.B</c> → <c>brkb</c>), the namespace lives under the
/// company's web host (<c>http://www.cabotcorp.com/20230930</c>). The Check stage holds the data to these rules
/// (FF4121–FF4123); the Template stage then names the taxonomy the same way.
/// </summary>
public static class ExtensionNames
{
    /// <summary>Prefixes an Inline XBRL document or its taxonomy declares for the standards: the company's may be none of them.</summary>
    public static readonly IReadOnlyList<string> Reserved =
        ["ix", "ixt", "ixt-sec", "xbrli", "xbrldi", "xbrldt", "link", "xlink", "xl", "iso4217", "xs", "xsd", "xsi", "xml", "dtr-types", "ref", "utr", "nonnum", "num"];

    public static string Prefix(string ticker) =>
        new(ticker.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());

    /// <summary>Why the prefix cannot name the company's taxonomy, or null when it can.</summary>
    public static string? PrefixProblem(string prefix, XbrlDeclaration declaration)
    {
        if (prefix.Length == 0 || !char.IsAsciiLetter(prefix[0])) return "does not start with a letter";
        if (Reserved.Contains(prefix) || declaration.Taxonomies.Any(t => t.Prefix == prefix)) return "is the prefix of a standard taxonomy";
        return null;
    }

    /// <summary>The web host of <paramref name="website"/> (<c>www.cabotcorp.com</c> for <c>HTTPS://www.cabotcorp.com/</c>), or null.</summary>
    public static string? Host(string website)
    {
        var text = website.Trim();
        if (!text.Contains("://", StringComparison.Ordinal)) text = "http://" + text;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Host.Length > 0 && uri.HostNameType == UriHostNameType.Dns
            ? uri.Host.ToLowerInvariant()
            : null;
    }
}
