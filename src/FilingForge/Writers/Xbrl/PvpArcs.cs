namespace FilingForge.Writers.Xbrl;

/// <summary>
/// The relationships of the two disclosure roles, as the ECD taxonomy shapes its own Pay versus Performance role:
/// the line items abstract at the top; under it the table, the table's axes, each explicit axis's domain and the
/// members under the domain; then the line item concepts. The definition link states the same tree in the
/// arcroles of XBRL Dimensions.
/// </summary>
internal static class PvpArcs
{
    public static IReadOnlyList<LinkArc> Presentation(PvpDisclosure pvp)
    {
        var parentChild = XbrlUris.ParentChildArcrole;
        var arcs = new List<LinkArc> { new(parentChild, pvp.Disclosure.LineItems, pvp.Disclosure.Table, 1) };
        foreach (var (axis, index) in pvp.Axes.Select((a, i) => (a, i + 1)))
        {
            arcs.Add(new(parentChild, pvp.Disclosure.Table, axis.Axis, index));
            if (axis.Domain is not { } domain) continue;
            arcs.Add(new(parentChild, axis.Axis, domain, 1));
            arcs.AddRange(Children(parentChild, domain, axis.Members));
        }

        arcs.AddRange(Children(parentChild, pvp.Disclosure.LineItems, pvp.LineItems, first: 2));
        return arcs;
    }

    public static IReadOnlyList<LinkArc> Cover(PvpDisclosure pvp) =>
        Children(XbrlUris.ParentChildArcrole, pvp.Disclosure.CoverAbstract, pvp.CoverItems).ToList();

    /// <summary>
    /// The table of the explicit axes, whose line items are every concept but those on a typed axis. A typed axis can
    /// have no default, so a closed table holding it would make every fact without it (the headline figures)
    /// dimensionally invalid: the typed axes get a table of their own, in a role of its own (<see cref="TypedDefinition"/>);
    /// a fact is valid when it is valid in one of its roles.
    /// </summary>
    public static IReadOnlyList<LinkArc> Definition(PvpDisclosure pvp)
    {
        var arcs = new List<LinkArc> { new(XbrlUris.DimensionArcrole("all"), pvp.Disclosure.LineItems, pvp.Disclosure.Table, 1, HasHypercube: true) };
        foreach (var (axis, index) in pvp.Axes.Where(a => !a.IsTyped).Select((a, i) => (a, i + 1)))
        {
            arcs.Add(new(XbrlUris.DimensionArcrole("hypercube-dimension"), pvp.Disclosure.Table, axis.Axis, index));
            if (axis.Domain is not { } domain) continue;
            arcs.Add(new(XbrlUris.DimensionArcrole("dimension-domain"), axis.Axis, domain, 1));
            // Without a default, a fact that omits the axis (the table's headline figures) would fail the closed table.
            arcs.Add(new(XbrlUris.DimensionArcrole("dimension-default"), axis.Axis, domain, 1));
            arcs.AddRange(Children(XbrlUris.DimensionArcrole("domain-member"), domain, axis.Members));
        }

        arcs.AddRange(Children(XbrlUris.DimensionArcrole("domain-member"), pvp.Disclosure.LineItems, pvp.LineItems.Except(pvp.TypedLineItems).ToList()));
        return arcs;
    }

    /// <summary>The table of the typed axes with the line items on them; empty when no fact has a typed axis.</summary>
    public static IReadOnlyList<LinkArc> TypedDefinition(PvpDisclosure pvp)
    {
        var typed = pvp.Axes.Where(a => a.IsTyped).ToList();
        if (typed.Count == 0 || pvp.TypedLineItems.Count == 0) return [];
        var arcs = new List<LinkArc> { new(XbrlUris.DimensionArcrole("all"), pvp.Disclosure.LineItems, pvp.Disclosure.Table, 1, HasHypercube: true) };
        arcs.AddRange(typed.Select((axis, i) => new LinkArc(XbrlUris.DimensionArcrole("hypercube-dimension"), pvp.Disclosure.Table, axis.Axis, i + 1)));
        arcs.AddRange(Children(XbrlUris.DimensionArcrole("domain-member"), pvp.Disclosure.LineItems, pvp.TypedLineItems));
        return arcs;
    }

    private static IEnumerable<LinkArc> Children(string arcrole, string parent, IEnumerable<string> children, int first = 1) =>
        children.Select((child, i) => new LinkArc(arcrole, parent, child, first + i));
}
