namespace FilingForge.Writers.Xbrl;

/// <summary>
/// The SEC's ECD taxonomy's Pay versus Performance structure (its role <c>http://xbrl.sec.gov/ecd/role/PvpDisclosure</c>):
/// the line items abstract, the table, and each axis with its domain, in the taxonomy's own order. The measure axis
/// is typed (its members are positions, <c>ecd:MeasureAxis.domain</c>), so it has no domain element.
/// The SEC's schemas are not at hand offline: these names are read from the ECD taxonomy's published structure.
/// </summary>
internal static class EcdPvpStructure
{
    public const string LineItems = "ecd:PayVsPerformanceDisclosureLineItems";
    public const string Table = "ecd:PvpTable";

    /// <summary>Axis → domain (null for a typed axis), in the order the ECD taxonomy presents them.</summary>
    public static readonly IReadOnlyList<(string Axis, string? Domain)> Axes =
    [
        ("ecd:ExecutiveCategoryAxis", "ecd:AllExecutiveCategoriesMember"),
        ("ecd:IndividualAxis", "ecd:AllIndividualsMember"),
        ("ecd:AdjToCompAxis", "ecd:AllAdjToCompMember"),
        ("ecd:MeasureAxis", null),
    ];

    /// <summary>The abstract the dei cover facts are presented under (the SEC's cover page role).</summary>
    public const string CoverAbstract = "dei:CoverAbstract";

    public const string DeiNamespacePrefix = "http://xbrl.sec.gov/dei/";
}
