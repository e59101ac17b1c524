namespace FilingForge.Profiles.Xbrl;

/// <summary>
/// A profile's tagging declaration (<c>xbrl.yaml</c>, docs/inline-xbrl.md): which document is the Inline XBRL primary
/// document, the taxonomies and units it uses, the entity and fiscal periods it reports for, the company's extension
/// members, and which printed values are facts of which concept. A profile without one tags nothing (the 1992 form).
/// </summary>
public sealed record XbrlDeclaration(
    string Document,
    XbrlEntityDeclaration Entity,
    IReadOnlyList<XbrlTaxonomyDeclaration> Taxonomies,
    IReadOnlyList<XbrlUnitDeclaration> Units,
    IReadOnlyDictionary<string, XbrlConceptDeclaration> Concepts,
    IReadOnlyList<XbrlMemberDeclaration> Members,
    IReadOnlyList<XbrlFieldFact> Fields,
    IReadOnlyDictionary<string, XbrlNamedFact> Named,
    IReadOnlyList<XbrlHiddenFact> Hidden)
{
    /// <summary>The prefix that stands for the company's extension taxonomy in member names (<c>ext:ReportedValueOfEquityAwardsMember</c>).</summary>
    public const string ExtensionPrefix = "ext";

    /// <summary>The declaration of the field a table prints, by its path from the top of the filing with the file's template key.</summary>
    public XbrlFieldFact? Field(string templatePath) => Fields.FirstOrDefault(f => f.TemplatePath == templatePath);

    /// <summary>The path of the fiscal year named and hidden facts report for (the year the proxy statement covers).</summary>
    public string ReportingYear { get; init; } = "";

    /// <summary>The role, table and axes the extension taxonomy gives the facts (<c>disclosure</c>).</summary>
    public FilingForge.Document.XbrlDisclosure Disclosure { get; init; } = FilingForge.Document.XbrlDisclosure.PayVersusPerformance;

    /// <summary>The table footnotes that are text blocks.</summary>
    public IReadOnlyList<XbrlFootnoteFact> Footnotes { get; init; } = [];
}

/// <summary>
/// The reporting entity and its periods: the identifier's scheme and the data field that gives it (the CIK), the field
/// that gives the fiscal year's last day, and the fields the extension taxonomy is named from (the ticker, the website).
/// </summary>
public sealed record XbrlEntityDeclaration(string Scheme, string Identifier, string FiscalYearEnd, string Ticker, string Website);

public sealed record XbrlTaxonomyDeclaration(string Prefix, string Namespace, string? Schema);

public sealed record XbrlUnitDeclaration(string Id, string Measure);

/// <summary>What a concept is: numeric (a monetary amount, a number) or text, a text block, and a duration or an instant.</summary>
public sealed record XbrlConceptDeclaration(string QName, XbrlConceptKind Kind, bool Duration, string? Unit, int? Decimals);

public enum XbrlConceptKind
{
    Monetary,
    Number,
    Text,
    TextBlock,
}

/// <summary>A member the company declares in its extension taxonomy (an adjustment kind of Item 402(v)).</summary>
public sealed record XbrlMemberDeclaration(string Name, string Label, string Axis);

/// <summary>
/// How one fact is placed: its concept, its explicit members, the scale of what is printed (a figure printed in
/// millions has scale 6), its decimals (when not given: as many as the printed figure shows, less the scale: -6 for
/// <c>$445 M</c>, 0 for <c>$7,791,510</c>, 2 for <c>143.45</c>), and whether the printed figure is the negative of the
/// value. <see cref="Location"/> is the declaration's place in xbrl.yaml, where a fact that cannot be tagged is reported.
/// </summary>
public sealed record XbrlFactShape(
    string Concept,
    IReadOnlyList<(string Axis, string Member)> Dimensions,
    int? Scale,
    int? Decimals,
    bool Negate)
{
    public Diagnostics.SourceLocation Location { get; init; } = Diagnostics.SourceLocation.None;
}

/// <summary>
/// A field whose value is a fact wherever a table prints it (<c>pay-versus-performance.years.peo.summary_compensation_total</c>);
/// its fiscal year is the field <see cref="YearField"/> of the table's row.
/// </summary>
public sealed record XbrlFieldFact(string Path, string YearField, XbrlFactShape Shape)
{
    /// <summary>The path as a table's rows and values name it: the file's key with underscores.</summary>
    public string TemplatePath => TemplatePathOf(Path);

    /// <summary>A path from the top of the filing names its file with hyphens; the template tree keys it with underscores.</summary>
    public static string TemplatePathOf(string path) =>
        path.Split('.', 2) is [var file, var rest] ? file.Replace('-', '_') + "." + rest : path;
}

/// <summary>
/// A fact a template prints in prose by name (<c>{{ fact "peo_name" name }}</c>): the template chooses the text, the
/// profile the concept. Its fiscal year is the one the field <see cref="Year"/> names; <see cref="PositionAxis"/>, when
/// set, is a typed axis whose member is the position the template passes (the measure's rank).
/// </summary>
public sealed record XbrlNamedFact(string Name, string Year, XbrlFactShape Shape, string? PositionAxis);

/// <summary>A fact of the hidden section: a constant, or a field's value mapped through <see cref="Values"/> (filing type → <c>DEF 14A</c>).</summary>
public sealed record XbrlHiddenFact(string Concept, string Year, string? Constant, string? Field, IReadOnlyDictionary<string, string> Values);

/// <summary>A footnote of a table (the one explaining <see cref="Column"/>) that is a named text block fact.</summary>
public sealed record XbrlFootnoteFact(string Table, string Column, string Fact);
