using FilingForge.Document;

namespace FilingForge.Writers.Xbrl;

/// <summary>
/// Where a linkbase locator points for a concept QName, and the locator's label. The SEC's schemas give each element
/// the id <c>prefix_LocalName</c> (<c>ecd_PeoTotalCompAmt</c>), so a standard concept is its schema's official URL
/// with that fragment; a company member is the extension schema (beside the linkbase) with the same convention.
/// </summary>
internal sealed class ConceptLocations(InlineXbrlHeader header)
{
    private readonly ExtensionTaxonomy extension = header.Extension;

    public string Href(string qname)
    {
        var (prefix, _) = Split(qname);
        return SchemaOf(prefix) + "#" + ElementId(qname);
    }

    /// <summary>The locator's <c>xlink:label</c>: unique per concept within one extended link.</summary>
    public static string Label(string qname) => "loc_" + ElementId(qname);

    public static string ElementId(string qname)
    {
        var (prefix, local) = Split(qname);
        return prefix + "_" + local;
    }

    public static string LocalName(string qname) => Split(qname).Local;

    public static (string Prefix, string Local) Split(string qname)
    {
        var colon = qname.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == qname.Length - 1) throw new InvalidOperationException($"'{qname}' is not a QName (prefix:LocalName).");
        return (qname[..colon], qname[(colon + 1)..]);
    }

    private string SchemaOf(string prefix)
    {
        if (prefix == extension.Prefix) return extension.SchemaFile;
        var ns = header.Namespaces.FirstOrDefault(n => n.Prefix == prefix)
            ?? throw new InvalidOperationException($"The Inline XBRL header declares no namespace for the prefix '{prefix}'.");
        return ns.SchemaLocation
            ?? throw new InvalidOperationException($"The namespace of '{prefix}' ({ns.Uri}) has no schema location to point a locator at.");
    }
}
