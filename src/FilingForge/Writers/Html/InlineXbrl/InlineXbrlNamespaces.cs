namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>The namespaces every Inline XBRL document declares, whatever its taxonomies.</summary>
public static class InlineXbrlNamespaces
{
    public const string Xhtml = "http://www.w3.org/1999/xhtml";
    public const string Ix = "http://www.xbrl.org/2013/inlineXBRL";
    public const string Ixt = "http://www.xbrl.org/inlineXBRL/transformation/2022-02-16";
    public const string Xbrli = "http://www.xbrl.org/2003/instance";
    public const string Xbrldi = "http://xbrl.org/2006/xbrldi";
    public const string Link = "http://www.xbrl.org/2003/linkbase";
    public const string Xlink = "http://www.w3.org/1999/xlink";
    public const string Iso4217 = "http://www.xbrl.org/2003/iso4217";

    public static readonly IReadOnlyList<(string Prefix, string Uri)> Standard =
    [
        ("ix", Ix), ("ixt", Ixt), ("xbrli", Xbrli), ("xbrldi", Xbrldi), ("link", Link), ("xlink", Xlink), ("iso4217", Iso4217),
    ];
}
