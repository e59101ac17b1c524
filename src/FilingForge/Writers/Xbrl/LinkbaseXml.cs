using System.Globalization;
using System.Xml;

namespace FilingForge.Writers.Xbrl;

/// <summary>
/// The parts every linkbase of the extension shares: the <c>link:linkbase</c> root with its schema locations, the
/// <c>roleRef</c>s and <c>arcroleRef</c>s that bring non-standard roles into the DTS, and an extended link written
/// from its arcs (one locator per concept, then the arcs).
/// </summary>
internal static class LinkbaseXml
{
    public static void StartLinkbase(XmlWriter xml, bool dimensions)
    {
        xml.WriteStartElement("link", "linkbase", XbrlUris.Linkbase);
        xml.WriteAttributeString("xmlns", "link", null, XbrlUris.Linkbase);
        xml.WriteAttributeString("xmlns", "xlink", null, XbrlUris.XLink);
        xml.WriteAttributeString("xmlns", "xsi", null, XbrlUris.XmlSchemaInstance);
        if (dimensions) xml.WriteAttributeString("xmlns", "xbrldt", null, XbrlUris.Dimensions);
        var locations = $"{XbrlUris.Linkbase} {XbrlUris.LinkbaseSchema}";
        if (dimensions) locations += $" {XbrlUris.Dimensions} {XbrlUris.DimensionsSchema}";
        xml.WriteAttributeString("xsi", "schemaLocation", XbrlUris.XmlSchemaInstance, locations);
    }

    public static void RoleRef(XmlWriter xml, DisclosureRole role, string schemaFile)
    {
        xml.WriteStartElement("link", "roleRef", XbrlUris.Linkbase);
        xml.WriteAttributeString("roleURI", role.Uri);
        xml.WriteAttributeString("xlink", "type", XbrlUris.XLink, "simple");
        xml.WriteAttributeString("xlink", "href", XbrlUris.XLink, schemaFile + "#" + role.Id);
        xml.WriteEndElement();
    }

    /// <summary>An arcroleRef to an XBRL Dimensions arcrole, pointing at its arcroleType in xbrldt-2005.xsd by id.</summary>
    public static void DimensionArcroleRef(XmlWriter xml, string id)
    {
        xml.WriteStartElement("link", "arcroleRef", XbrlUris.Linkbase);
        xml.WriteAttributeString("arcroleURI", XbrlUris.DimensionArcrole(id));
        xml.WriteAttributeString("xlink", "type", XbrlUris.XLink, "simple");
        xml.WriteAttributeString("xlink", "href", XbrlUris.XLink, XbrlUris.DimensionsSchema + "#" + id);
        xml.WriteEndElement();
    }

    public static void ExtendedLink(XmlWriter xml, string linkName, string arcName, string role, IReadOnlyList<LinkArc> arcs, ConceptLocations locations)
    {
        xml.WriteStartElement("link", linkName, XbrlUris.Linkbase);
        xml.WriteAttributeString("xlink", "type", XbrlUris.XLink, "extended");
        xml.WriteAttributeString("xlink", "role", XbrlUris.XLink, role);
        var labelled = Labelled(arcs);
        var locators = labelled.SelectMany(a => new[] { (a.Arc.From, a.FromLabel), (a.Arc.To, a.ToLabel) }).Distinct();
        foreach (var (concept, label) in locators) Locator(xml, locations.Href(concept), label);
        foreach (var (arc, from, to) in labelled) Arc(xml, arcName, arc, from, to);
        xml.WriteEndElement();
    }

    /// <summary>
    /// The locator labels of each arc. XLink forbids two arcs of one extended link between the same pair of labels,
    /// whatever their arcroles (Arelle's xlink:dupArcs), and the dimension-default arc joins the same axis and domain
    /// as the dimension-domain arc: a second such arc points at a second locator of the same concept.
    /// </summary>
    private static List<(LinkArc Arc, string FromLabel, string ToLabel)> Labelled(IReadOnlyList<LinkArc> arcs)
    {
        var pairs = new HashSet<(string, string)>();
        var result = new List<(LinkArc, string, string)>();
        foreach (var arc in arcs)
        {
            var from = ConceptLocations.Label(arc.From);
            var to = ConceptLocations.Label(arc.To);
            for (var n = 2; !pairs.Add((from, to)); n++) to = ConceptLocations.Label(arc.To) + "_" + n.ToString(CultureInfo.InvariantCulture);
            result.Add((arc, from, to));
        }

        return result;
    }

    public static void Locator(XmlWriter xml, string href, string label)
    {
        xml.WriteStartElement("link", "loc", XbrlUris.Linkbase);
        xml.WriteAttributeString("xlink", "type", XbrlUris.XLink, "locator");
        xml.WriteAttributeString("xlink", "href", XbrlUris.XLink, href);
        xml.WriteAttributeString("xlink", "label", XbrlUris.XLink, label);
        xml.WriteEndElement();
    }

    private static void Arc(XmlWriter xml, string arcName, LinkArc arc, string from, string to)
    {
        xml.WriteStartElement("link", arcName, XbrlUris.Linkbase);
        xml.WriteAttributeString("xlink", "type", XbrlUris.XLink, "arc");
        xml.WriteAttributeString("xlink", "arcrole", XbrlUris.XLink, arc.Arcrole);
        xml.WriteAttributeString("xlink", "from", XbrlUris.XLink, from);
        xml.WriteAttributeString("xlink", "to", XbrlUris.XLink, to);
        xml.WriteAttributeString("order", arc.Order.ToString(CultureInfo.InvariantCulture));
        if (arc.HasHypercube)
        {
            // EDGAR requires closed tables whose dimensions sit in the context's segment.
            xml.WriteAttributeString("xbrldt", "closed", XbrlUris.Dimensions, "true");
            xml.WriteAttributeString("xbrldt", "contextElement", XbrlUris.Dimensions, "segment");
        }

        xml.WriteEndElement();
    }
}
