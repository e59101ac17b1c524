using FilingForge.Document;

namespace FilingForge.Writers.Xbrl;

/// <summary>
/// <c>_pre.xml</c>: the tree a viewer shows for each role, Pay versus Performance (table, axes, domains, members,
/// line items) and, when the document has cover facts, the cover.
/// </summary>
internal static class PresentationLinkbaseWriter
{
    public static byte[] Write(InlineXbrlHeader header, IReadOnlyList<(DisclosureRole Role, IReadOnlyList<LinkArc> Arcs)> roles) =>
        TaxonomyXml.Write(xml =>
        {
            var locations = new ConceptLocations(header);
            LinkbaseXml.StartLinkbase(xml, dimensions: false);
            foreach (var (role, _) in roles) LinkbaseXml.RoleRef(xml, role, header.Extension.SchemaFile);
            foreach (var (role, arcs) in roles) LinkbaseXml.ExtendedLink(xml, "presentationLink", "presentationArc", role.Uri, arcs, locations);
            xml.WriteEndElement();
        });
}
