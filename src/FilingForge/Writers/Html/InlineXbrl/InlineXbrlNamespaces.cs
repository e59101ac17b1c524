using FilingForge.Writers.Xbrl;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>
/// The namespaces every Inline XBRL document declares, whatever its taxonomies (those it shares with the extension
/// taxonomy's files come from <see cref="XbrlUris"/>), and the ones its reader looks for.
/// </summary>
public static class InlineXbrlNamespaces
{
    public const string Xhtml = "http://www.w3.org/1999/xhtml";
    public const string Ix = "http://www.xbrl.org/2013/inlineXBRL";
    public const string Ixt = InlineTransformations.Namespace;
    public const string Xbrli = XbrlUris.Instance;
    public const string Xbrldi = "http://xbrl.org/2006/xbrldi";
    public const string Link = XbrlUris.Linkbase;
    public const string Xlink = XbrlUris.XLink;
    public const string Xsi = XbrlUris.XmlSchemaInstance;
    public const string Iso4217 = "http://www.xbrl.org/2003/iso4217";

    public static readonly IReadOnlyList<(string Prefix, string Uri)> Standard =
    [
        ("ix", Ix), ("ixt", Ixt), ("xbrli", Xbrli), ("xbrldi", Xbrldi), ("link", Link), ("xlink", Xlink), ("iso4217", Iso4217),
    ];
}
