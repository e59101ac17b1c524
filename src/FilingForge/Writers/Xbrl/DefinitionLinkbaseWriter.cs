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

    public static byte[] Write(InlineXbrlHeader header, IReadOnlyList<(DisclosureRole Role, IReadOnlyList<LinkArc> Arcs)> roles) => TaxonomyXml.Write(xml =>
    {
        LinkbaseXml.StartLinkbase(xml, dimensions: true);
        foreach (var (role, _) in roles) LinkbaseXml.RoleRef(xml, role, header.Extension.SchemaFile);
        var arcroles = roles.SelectMany(r => r.Arcs).Select(a => a.Arcrole).ToHashSet(StringComparer.Ordinal);
        foreach (var id in Arcroles.Where(id => arcroles.Contains(XbrlUris.DimensionArcrole(id)))) LinkbaseXml.DimensionArcroleRef(xml, id);
        var locations = new ConceptLocations(header);
        foreach (var (role, arcs) in roles) LinkbaseXml.ExtendedLink(xml, "definitionLink", "definitionArc", role.Uri, arcs, locations);
        xml.WriteEndElement();
    });
}
