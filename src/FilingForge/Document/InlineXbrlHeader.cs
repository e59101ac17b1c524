namespace FilingForge.Document;

/// <summary>
/// What makes a document an Inline XBRL document, beyond the facts tagged in its blocks: the taxonomies it uses, the
/// entity it reports for, the company's extension taxonomy, and the facts no page prints (the cover's dei facts).
/// Present only on the document the profile's tagging declaration names; its writer then writes Inline XBRL 1.1.
/// </summary>
/// <param name="Namespaces">Prefix → namespace of every taxonomy a fact, member or unit names, the extension's included.</param>
/// <param name="Extension">The company's extension taxonomy (written beside the document).</param>
/// <param name="Concepts">Every concept a fact of the document uses, with its period type and whether it is numeric.</param>
/// <param name="Units">Unit id → measure QName (<c>USD</c> → <c>iso4217:USD</c>).</param>
public sealed record InlineXbrlHeader(
    IReadOnlyList<XbrlNamespace> Namespaces,
    string EntityScheme,
    string EntityIdentifier,
    ExtensionTaxonomy Extension,
    IReadOnlyList<XbrlUnit> Units,
    IReadOnlyList<XbrlConcept> Concepts,
    IReadOnlyList<HiddenFact> Hidden)
{
    /// <summary>The dimensional structure the extension taxonomy gives the facts; the profile's, or the ECD taxonomy's Pay versus Performance one.</summary>
    public XbrlDisclosure Disclosure { get; init; } = XbrlDisclosure.PayVersusPerformance;
}

/// <summary>
/// The role the extension taxonomy presents the facts in, and its table: the line items abstract, the table (hypercube)
/// and its axes, each with its domain (null for a typed axis, whose members are values); and the role and abstract of
/// the cover facts (those of the <see cref="CoverPrefix"/> taxonomy, dei).
/// </summary>
public sealed record XbrlDisclosure(
    string RoleName,
    string RoleDefinition,
    string LineItems,
    string Table,
    IReadOnlyList<XbrlAxis> Axes,
    string CoverRoleName,
    string CoverRoleDefinition,
    string CoverAbstract,
    string CoverPrefix)
{
    /// <summary>The ECD taxonomy's Pay versus Performance structure (its role http://xbrl.sec.gov/ecd/role/PvpDisclosure).</summary>
    public static readonly XbrlDisclosure PayVersusPerformance = new(
        "PayVsPerformanceDisclosure", "995410 - Disclosure - Pay vs Performance Disclosure",
        "ecd:PayVsPerformanceDisclosureLineItems", "ecd:PvpTable",
        [new("ecd:ExecutiveCategoryAxis", "ecd:AllExecutiveCategoriesMember"), new("ecd:IndividualAxis", "ecd:AllIndividualsMember"),
         new("ecd:AdjToCompAxis", "ecd:AllAdjToCompMember"), new("ecd:MeasureAxis", null)],
        "Cover", "0000001 - Document - Cover", "dei:CoverAbstract", "dei");
}

/// <summary>An axis of the table and its domain; a typed axis has none.</summary>
public sealed record XbrlAxis(string Axis, string? Domain)
{
    public bool IsTyped => Domain is null;
}

/// <summary>What the checks need of a concept the profile tags with (the SEC's schemas are not at hand offline).</summary>
public sealed record XbrlConcept(string QName, bool Duration, bool Numeric);

/// <summary>A taxonomy the document names: its prefix, namespace, and the schema an importer loads (null for the extension).</summary>
public sealed record XbrlNamespace(string Prefix, string Uri, string? SchemaLocation);

public sealed record XbrlUnit(string Id, string Measure);

/// <summary>A fact of the hidden section: its tag and its value as the document would print it.</summary>
public sealed record HiddenFact(FactTag Tag, string Value);

/// <summary>
/// The company's extension taxonomy: <c>&lt;prefix&gt;-&lt;period end&gt;.xsd</c> with its label, presentation and
/// definition linkbases. It declares the members the facts use that no standard taxonomy has (adjustment kinds).
/// </summary>
/// <param name="FileStem"><c>cbt-20230930</c>: the schema is <c>cbt-20230930.xsd</c>, the labels <c>cbt-20230930_lab.xml</c>.</param>
public sealed record ExtensionTaxonomy(string Prefix, string Namespace, string FileStem, IReadOnlyList<ExtensionMember> Members)
{
    public string SchemaFile => FileStem + ".xsd";
}

/// <summary>A member the company declares: its local name, its label, and the axis it is a member of (for the linkbases).</summary>
public sealed record ExtensionMember(string Name, string Label, string Axis);
