using FilingForge.Document;

namespace FilingForge.Writers.Xbrl;

/// <summary>One axis of the Pay versus Performance table: its domain (null when typed) and the members under it.</summary>
internal sealed record PvpAxis(string Axis, string? Domain, IReadOnlyList<string> Members)
{
    public bool IsTyped => Domain is null;
}

/// <summary>
/// What the presentation and definition linkbases both say about the document: the axes its facts use (with the
/// members they use and the company's members), the concepts of the Pay versus Performance line items, and the
/// dei cover concepts (presented in their own role, outside the table, as the SEC's cover page is).
/// </summary>
/// <param name="TypedLineItems">The line items whose facts carry a typed axis (the measures' names on ecd:MeasureAxis).</param>
internal sealed record PvpDisclosure(XbrlDisclosure Disclosure, IReadOnlyList<PvpAxis> Axes, IReadOnlyList<string> LineItems, IReadOnlyList<string> CoverItems, IReadOnlyList<string> TypedLineItems)
{
    public static PvpDisclosure Of(FilingDocument document)
    {
        var header = document.InlineXbrl ?? throw new ArgumentException("The document has no Inline XBRL header.", nameof(document));
        var tags = DocumentFacts.WithHidden(document).ToList();
        var cover = header.Concepts.Where(c => IsCover(header, c.QName)).Select(c => c.QName).ToList();
        var lineItems = header.Concepts.Select(c => c.QName).Where(q => !cover.Contains(q)).Distinct().ToList();
        var typed = tags.Where(t => t.Context.Dimensions.Any(d => d.IsTyped)).Select(t => t.Concept).Distinct().ToList();
        return new PvpDisclosure(header.Disclosure, AxesOf(header, tags), lineItems, cover.Distinct().ToList(), lineItems.Where(typed.Contains).ToList());
    }

    private static bool IsCover(InlineXbrlHeader header, string qname) => ConceptLocations.Split(qname).Prefix == header.Disclosure.CoverPrefix;

    // Only the axes something uses (a fact's dimension or a company member), in the order the disclosure lists them;
    // the profile's reader holds every axis a fact uses to one the disclosure lists (FF1505).
    private static List<PvpAxis> AxesOf(InlineXbrlHeader header, IReadOnlyList<FactTag> tags)
    {
        var dimensions = tags.SelectMany(t => t.Context.Dimensions).ToList();
        var used = dimensions.Select(d => d.Axis).Concat(header.Extension.Members.Select(m => m.Axis)).ToHashSet(StringComparer.Ordinal);
        return header.Disclosure.Axes.Where(a => used.Contains(a.Axis))
            .Select(a => new PvpAxis(a.Axis, a.Domain, MembersOf(a.Axis, a.Domain, header, dimensions))).ToList();
    }

    // The members the facts use, in document order, then the company's members of the axis not used yet.
    private static List<string> MembersOf(string axis, string? domain, InlineXbrlHeader header, IReadOnlyList<FactDimension> dimensions)
    {
        if (domain is null) return [];
        var extension = header.Extension;
        var declared = extension.Members.Where(m => m.Axis == axis).Select(m => extension.Prefix + ":" + m.Name);
        return dimensions.Where(d => d.Axis == axis && !d.IsTyped).Select(d => d.Member)
            .Concat(declared)
            .Where(member => member != domain)
            .Distinct()
            .ToList();
    }
}
