using System.Xml;
using FilingForge.Document;

namespace FilingForge.Writers.Xbrl;

/// <summary>
/// The extension schema <c>&lt;prefix&gt;-&lt;period end&gt;.xsd</c>: it names the three linkbases and declares the roles
/// they use, imports every schema the DTS needs by its official URL (the instance's only <c>schemaRef</c> is this
/// file), and declares the company's members as the SEC expects of a member: an abstract domain item.
/// </summary>
internal static class ExtensionSchemaWriter
{
    public static byte[] Write(InlineXbrlHeader header, IReadOnlyList<DisclosureRole> roles) => TaxonomyXml.Write(xml =>
    {
        var extension = header.Extension;
        xml.WriteStartElement("xs", "schema", XbrlUris.XmlSchema);
        xml.WriteAttributeString("xmlns", "xs", null, XbrlUris.XmlSchema);
        xml.WriteAttributeString("xmlns", extension.Prefix, null, extension.Namespace);
        xml.WriteAttributeString("xmlns", "dtr-types", null, XbrlUris.DtrTypes);
        xml.WriteAttributeString("xmlns", "link", null, XbrlUris.Linkbase);
        xml.WriteAttributeString("xmlns", "xbrli", null, XbrlUris.Instance);
        xml.WriteAttributeString("xmlns", "xlink", null, XbrlUris.XLink);
        xml.WriteAttributeString("targetNamespace", extension.Namespace);
        xml.WriteAttributeString("elementFormDefault", "qualified");
        xml.WriteAttributeString("attributeFormDefault", "unqualified");
        WriteAnnotation(xml, extension, roles);
        foreach (var (ns, location) in Imports(header)) WriteImport(xml, ns, location);
        foreach (var member in extension.Members) WriteMember(xml, extension.Prefix, member);
        xml.WriteEndElement();
    });

    private static void WriteAnnotation(XmlWriter xml, ExtensionTaxonomy extension, IReadOnlyList<DisclosureRole> roles)
    {
        xml.WriteStartElement("xs", "annotation", XbrlUris.XmlSchema);
        xml.WriteStartElement("xs", "appinfo", XbrlUris.XmlSchema);
        WriteLinkbaseRef(xml, ExtensionTaxonomyFiles.Labels(extension), XbrlUris.LabelLinkbaseRef);
        WriteLinkbaseRef(xml, ExtensionTaxonomyFiles.Presentation(extension), XbrlUris.PresentationLinkbaseRef);
        WriteLinkbaseRef(xml, ExtensionTaxonomyFiles.Definition(extension), XbrlUris.DefinitionLinkbaseRef);
        foreach (var role in roles) WriteRoleType(xml, role);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteLinkbaseRef(XmlWriter xml, string file, string role)
    {
        xml.WriteStartElement("link", "linkbaseRef", XbrlUris.Linkbase);
        xml.WriteAttributeString("xlink", "type", XbrlUris.XLink, "simple");
        xml.WriteAttributeString("xlink", "href", XbrlUris.XLink, file);
        xml.WriteAttributeString("xlink", "role", XbrlUris.XLink, role);
        xml.WriteAttributeString("xlink", "arcrole", XbrlUris.XLink, XbrlUris.LinkbaseArcrole);
        xml.WriteEndElement();
    }

    private static void WriteRoleType(XmlWriter xml, DisclosureRole role)
    {
        xml.WriteStartElement("link", "roleType", XbrlUris.Linkbase);
        xml.WriteAttributeString("roleURI", role.Uri);
        xml.WriteAttributeString("id", role.Id);
        xml.WriteElementString("link", "definition", XbrlUris.Linkbase, role.Definition);
        xml.WriteElementString("link", "usedOn", XbrlUris.Linkbase, "link:presentationLink");
        if (role.Dimensional) xml.WriteElementString("link", "usedOn", XbrlUris.Linkbase, "link:definitionLink");
        xml.WriteEndElement();
    }

    /// <summary>XBRL International's schemas first, then each taxonomy of the header that has a schema, once each.</summary>
    public static IReadOnlyList<(string Namespace, string Location)> Imports(InlineXbrlHeader header)
    {
        List<(string, string)> fixedImports =
        [
            (XbrlUris.Instance, XbrlUris.InstanceSchema),
            (XbrlUris.Linkbase, XbrlUris.LinkbaseSchema),
            (XbrlUris.DtrTypes, XbrlUris.DtrTypesSchema),
        ];
        var taxonomies = header.Namespaces
            .Where(n => n.SchemaLocation is not null && n.Uri != header.Extension.Namespace)
            .Select(n => (n.Uri, n.SchemaLocation!));
        return fixedImports.Concat(taxonomies).DistinctBy(i => i.Item1).ToList();
    }

    private static void WriteImport(XmlWriter xml, string ns, string location)
    {
        xml.WriteStartElement("xs", "import", XbrlUris.XmlSchema);
        xml.WriteAttributeString("namespace", ns);
        xml.WriteAttributeString("schemaLocation", location);
        xml.WriteEndElement();
    }

    private static void WriteMember(XmlWriter xml, string prefix, ExtensionMember member)
    {
        xml.WriteStartElement("xs", "element", XbrlUris.XmlSchema);
        xml.WriteAttributeString("id", prefix + "_" + member.Name);
        xml.WriteAttributeString("name", member.Name);
        xml.WriteAttributeString("type", "dtr-types:domainItemType");
        xml.WriteAttributeString("substitutionGroup", "xbrli:item");
        xml.WriteAttributeString("abstract", "true");
        xml.WriteAttributeString("nillable", "true");
        xml.WriteAttributeString("xbrli", "periodType", XbrlUris.Instance, "duration");
        xml.WriteEndElement();
    }
}
