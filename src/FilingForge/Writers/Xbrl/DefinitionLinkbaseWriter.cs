using FilingForge.Document;

namespace FilingForge.Writers.Xbrl;

/// <summary>
/// <c>_def.xml</c>: the dimensional structure of the Pay versus Performance role in XBRL Dimensions 2006 terms, which
/// is what makes a fact with <c>ecd:AdjToCompAxis = cbt:…Member</c> valid: the line items have the table
/// (<c>all</c>), the table has the axes, each explicit axis has its domain (also its default) and the domain its members.
/// </summary>
internal static class DefinitionLinkbaseWriter
{
    private static readonly string[] Arcroles = ["all", "hypercube-dimension", "dimension-domain", "dimension-default", "domain-member"];

    public static byte[] Write(InlineXbrlHeader header, DisclosureRole role, IReadOnlyList<LinkArc> arcs) => TaxonomyXml.Write(xml =>
    {
        LinkbaseXml.StartLinkbase(xml, dimensions: true);
        LinkbaseXml.RoleRef(xml, role, header.Extension.SchemaFile);
        foreach (var id in Arcroles.Where(id => arcs.Any(a => a.Arcrole == XbrlUris.DimensionArcrole(id)))) LinkbaseXml.DimensionArcroleRef(xml, id);
        LinkbaseXml.ExtendedLink(xml, "definitionLink", "definitionArc", role.Uri, arcs, new ConceptLocations(header));
        xml.WriteEndElement();
    });
}
