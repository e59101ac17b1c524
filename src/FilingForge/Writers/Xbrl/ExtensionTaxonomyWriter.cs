using FilingForge.Document;

namespace FilingForge.Writers.Xbrl;

/// <summary>
/// The company's extension taxonomy, written beside the Inline XBRL document whose <c>schemaRef</c> names it:
/// <c>&lt;stem&gt;.xsd</c>, <c>&lt;stem&gt;_lab.xml</c>, <c>&lt;stem&gt;_pre.xml</c>, <c>&lt;stem&gt;_def.xml</c>, in that order.
/// The bytes depend on the document alone (no clock, no machine), so a rebuild writes the same files.
/// </summary>
public static class ExtensionTaxonomyWriter
{
    public static IReadOnlyList<(string FileName, byte[] Content)> Write(FilingDocument document)
    {
        var header = document.InlineXbrl ?? throw new ArgumentException("The document is not an Inline XBRL document.", nameof(document));
        var extension = header.Extension;
        var pvp = PvpDisclosure.Of(document);
        var presented = PresentedRoles(extension, pvp);
        var dimensional = DimensionalRoles(extension, pvp, presented[0].Role);
        var roles = presented.Select(r => r.Role).Concat(dimensional.Select(r => r.Role)).Distinct().ToList();
        return
        [
            (ExtensionTaxonomyFiles.Schema(extension), ExtensionSchemaWriter.Write(header, roles)),
            (ExtensionTaxonomyFiles.Labels(extension), LabelLinkbaseWriter.Write(extension)),
            (ExtensionTaxonomyFiles.Presentation(extension), PresentationLinkbaseWriter.Write(header, presented)),
            (ExtensionTaxonomyFiles.Definition(extension), DefinitionLinkbaseWriter.Write(header, dimensional)),
        ];
    }

    // The table of the explicit axes in the Pay versus Performance role; the typed axes' table, when a fact has one, in its own.
    private static List<(DisclosureRole Role, IReadOnlyList<LinkArc> Arcs)> DimensionalRoles(ExtensionTaxonomy extension, PvpDisclosure pvp, DisclosureRole pvpRole)
    {
        var roles = new List<(DisclosureRole, IReadOnlyList<LinkArc>)> { (pvpRole, PvpArcs.Definition(pvp)) };
        if (PvpArcs.TypedDefinition(pvp) is { Count: > 0 } typed) roles.Add((DisclosureRole.TypedAxes(pvp.Disclosure, extension.Namespace), typed));
        return roles;
    }

    // Pay versus Performance always; the cover only when the document has dei facts to present.
    private static List<(DisclosureRole Role, IReadOnlyList<LinkArc> Arcs)> PresentedRoles(ExtensionTaxonomy extension, PvpDisclosure pvp)
    {
        var roles = new List<(DisclosureRole, IReadOnlyList<LinkArc>)> { (DisclosureRole.Main(pvp.Disclosure, extension.Namespace), PvpArcs.Presentation(pvp)) };
        if (pvp.CoverItems.Count > 0) roles.Add((DisclosureRole.Cover(pvp.Disclosure, extension.Namespace), PvpArcs.Cover(pvp)));
        return roles;
    }
}
