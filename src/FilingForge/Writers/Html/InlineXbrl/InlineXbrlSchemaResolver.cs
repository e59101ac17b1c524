using System.Xml;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>
/// Resolves the XBRL International and W3C schema URLs the Inline XBRL 1.1 schema imports to copies embedded in this
/// assembly, and refuses every other URI. Validation therefore never touches the network or the file system: a
/// build gives the same verdict offline, and a hostile document cannot make it fetch anything.
/// </summary>
public sealed class InlineXbrlSchemaResolver : XmlResolver
{
    /// <summary>The prefix of the resources' logical names (FilingForge.csproj); the rest is host and path of the URL.</summary>
    internal const string ResourcePrefix = "FilingForge.XbrlSchemas/";

    private static readonly string[] Hosts = ["www.xbrl.org", "www.w3.org"];

    /// <summary>Logical name with '/' separators → the name the build gave it (RecursiveDir uses '\' on Windows).</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Resources = new(IndexResources);

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        if (ofObjectToReturn is not null && ofObjectToReturn != typeof(Stream))
            throw new XmlException($"'{absoluteUri}' can be resolved only to a stream");
        var name = ResourceName(absoluteUri)
            ?? throw new XmlException($"'{absoluteUri}' is not one of the XBRL or W3C schemas FilingForge carries; it is not fetched");
        return typeof(InlineXbrlSchemaResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new XmlException($"the embedded copy of '{absoluteUri}' is missing");
    }

    /// <summary>The resource holding <paramref name="uri"/>, or null when it is not an embedded schema.</summary>
    internal static string? ResourceName(Uri uri)
    {
        if (!uri.IsAbsoluteUri || uri.Scheme != Uri.UriSchemeHttp || !Hosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase))
            return null;
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0) return null;
        var key = ResourcePrefix + uri.Host.ToLowerInvariant() + uri.AbsolutePath;
        return Resources.Value.TryGetValue(key, out var name) ? name : null;
    }

    private static IReadOnlyDictionary<string, string> IndexResources() =>
        typeof(InlineXbrlSchemaResolver).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToDictionary(n => n.Replace('\\', '/'), n => n, StringComparer.Ordinal);
}
