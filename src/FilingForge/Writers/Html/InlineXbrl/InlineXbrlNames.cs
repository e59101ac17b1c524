using System.Xml.Linq;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>The namespaces and element names an Inline XBRL document is read by.</summary>
internal static class InlineXbrlNames
{
    public static readonly XNamespace Ix = "http://www.xbrl.org/2013/inlineXBRL";
    public static readonly XNamespace Xbrli = "http://www.xbrl.org/2003/instance";
    public static readonly XNamespace Xbrldi = "http://xbrl.org/2006/xbrldi";
    public static readonly XNamespace Link = "http://www.xbrl.org/2003/linkbase";
    public static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static readonly XName NonFraction = Ix + "nonFraction";
    public static readonly XName NonNumeric = Ix + "nonNumeric";
    public static readonly XName Continuation = Ix + "continuation";
    public static readonly XName Exclude = Ix + "exclude";
    public static readonly XName Hidden = Ix + "hidden";
}
