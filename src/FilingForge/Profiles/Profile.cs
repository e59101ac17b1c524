namespace FilingForge.Profiles;

/// <summary>
/// The vocabulary of one form of filing (<c>profiles/&lt;name&gt;/</c>): its data files and their fields, and the object
/// types and enumerations they use, and the tie-outs their figures must meet. One declaration serves the loader's bounds, the editors' JSON Schemas and the
/// documentation of the data format; see docs/profiles.md.
/// </summary>
public sealed class Profile(
    string name,
    string title,
    string? description,
    IReadOnlyList<DataFileDeclaration> files,
    IReadOnlyDictionary<string, ObjectTypeDeclaration> types,
    IReadOnlyDictionary<string, EnumerationDeclaration> enumerations,
    IReadOnlyList<TieOutDeclaration> tieOuts,
    IReadOnlyList<DocumentDeclaration>? documents = null,
    DocumentPropertiesDeclaration? documentProperties = null,
    IReadOnlyList<RuleReference>? rules = null,
    IReadOnlyList<RollForwardDeclaration>? rollForward = null,
    Xbrl.XbrlDeclaration? xbrl = null)
{
    public string Name { get; } = name;
    public string Title { get; } = title;
    public string? Description { get; } = description;

    /// <summary>The data files, in the order <c>profile.yaml</c> lists them.</summary>
    public IReadOnlyList<DataFileDeclaration> Files { get; } = files;

    public IReadOnlyDictionary<string, ObjectTypeDeclaration> Types { get; } = types;
    public IReadOnlyDictionary<string, EnumerationDeclaration> Enumerations { get; } = enumerations;

    /// <summary>The declared tie-outs of <c>tie-outs.yaml</c>, each under its permanent diagnostic ID.</summary>
    public IReadOnlyList<TieOutDeclaration> TieOuts { get; } = tieOuts;

    /// <summary>The documents a filing in this form produces, in the order <c>documents.yaml</c> lists them.</summary>
    public IReadOnlyList<DocumentDeclaration> Documents { get; } = documents ?? [];

    /// <summary>What every document's properties are filled from; null for a declaration that produces no documents (the theme's).</summary>
    public DocumentPropertiesDeclaration? DocumentProperties { get; } = documentProperties;

    /// <summary>The C# rules of <c>Checks/</c> a filing in this form is checked by, for what cannot be declared (<c>profile.yaml</c> <c>rules</c>).</summary>
    public IReadOnlyList<RuleReference> Rules { get; } = rules ?? [];

    /// <summary>What roll-forward does to each data file (<c>roll-forward.yaml</c>); a file not named is copied as it is.</summary>
    public IReadOnlyList<RollForwardDeclaration> RollForward { get; } = rollForward ?? [];

    /// <summary>What the profile tags in Inline XBRL (<c>xbrl.yaml</c>); null for a form that tags nothing.</summary>
    public Xbrl.XbrlDeclaration? Xbrl { get; } = xbrl;

    public DataFileDeclaration? File(string name) => Files.FirstOrDefault(f => f.Name == name);

    /// <summary>The same profile with more tie-outs (a filing's own); the profile itself is shared and stays as it is.</summary>
    public Profile WithTieOuts(IEnumerable<TieOutDeclaration> more) =>
        new(Name, Title, Description, Files, Types, Enumerations, [.. TieOuts, .. more], Documents, DocumentProperties, Rules, RollForward, Xbrl);
}
