using System.Xml.Linq;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>The namespaces and element names an Inline XBRL document is read by.</summary>
internal static class InlineXbrlNames
{
    public static readonly XNamespace Ix = InlineXbrlNamespaces.Ix;
    public static readonly XNamespace Xbrli = InlineXbrlNamespaces.Xbrli;
    public static readonly XNamespace Xbrldi = InlineXbrlNamespaces.Xbrldi;
    public static readonly XNamespace Link = InlineXbrlNamespaces.Link;
    public static readonly XNamespace XLink = InlineXbrlNamespaces.Xlink;
    public static readonly XNamespace Xsi = InlineXbrlNamespaces.Xsi;
    public static readonly XNamespace Xhtml = InlineXbrlNamespaces.Xhtml;

    public static readonly XName NonFraction = Ix + "nonFraction";
    public static readonly XName NonNumeric = Ix + "nonNumeric";
    public static readonly XName Continuation = Ix + "continuation";
    public static readonly XName Exclude = Ix + "exclude";
    public static readonly XName Hidden = Ix + "hidden";
}
