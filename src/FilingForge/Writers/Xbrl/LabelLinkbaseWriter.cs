using System.Xml;
using FilingForge.Document;

namespace FilingForge.Writers.Xbrl;

/// <summary>
/// <c>_lab.xml</c>: the standard label (en-US) of each company member. The standard concepts keep the labels of their
/// own taxonomies, so only what the extension declares is labelled here.
/// </summary>
internal static class LabelLinkbaseWriter
{
    public static byte[] Write(ExtensionTaxonomy extension) => TaxonomyXml.Write(xml =>
    {
        LinkbaseXml.StartLinkbase(xml, dimensions: false);
        xml.WriteStartElement("link", "labelLink", XbrlUris.Linkbase);
        xml.WriteAttributeString("xlink", "type", XbrlUris.XLink, "extended");
        xml.WriteAttributeString("xlink", "role", XbrlUris.XLink, XbrlUris.StandardLinkRole);
        foreach (var member in extension.Members) WriteMemberLabel(xml, extension, member);
        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    private static void WriteMemberLabel(XmlWriter xml, ExtensionTaxonomy extension, ExtensionMember member)
    {
        var qname = extension.Prefix + ":" + member.Name;
        var id = ConceptLocations.ElementId(qname);
        var label = "lab_" + id;
        LinkbaseXml.Locator(xml, extension.SchemaFile + "#" + id, ConceptLocations.Label(qname));

        xml.WriteStartElement("link", "label", XbrlUris.Linkbase);
        xml.WriteAttributeString("xlink", "type", XbrlUris.XLink, "resource");
        xml.WriteAttributeString("xlink", "label", XbrlUris.XLink, label);
        xml.WriteAttributeString("xlink", "role", XbrlUris.XLink, XbrlUris.LabelRole);
        xml.WriteAttributeString("xml", "lang", XbrlUris.Xml, "en-US");
        xml.WriteAttributeString("id", label);
        xml.WriteString(member.Label);
        xml.WriteEndElement();

        xml.WriteStartElement("link", "labelArc", XbrlUris.Linkbase);
        xml.WriteAttributeString("xlink", "type", XbrlUris.XLink, "arc");
        xml.WriteAttributeString("xlink", "arcrole", XbrlUris.XLink, XbrlUris.ConceptLabelArcrole);
        xml.WriteAttributeString("xlink", "from", XbrlUris.XLink, ConceptLocations.Label(qname));
        xml.WriteAttributeString("xlink", "to", XbrlUris.XLink, label);
        xml.WriteAttributeString("order", "1");
        xml.WriteEndElement();
    }
}
