namespace FilingForge.Writers.Xbrl;

/// <summary>
/// One relationship of a presentation or definition link between two concept QNames. <see cref="Order"/> is the
/// position among the arcs of the same parent, from 1. <see cref="HasHypercube"/> marks the <c>all</c> arc, which
/// carries the XBRL Dimensions attributes.
/// </summary>
internal sealed record LinkArc(string Arcrole, string From, string To, int Order, bool HasHypercube = false);
