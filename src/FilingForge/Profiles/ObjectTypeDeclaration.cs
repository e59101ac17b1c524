using FilingForge.Diagnostics;

namespace FilingForge.Profiles;

/// <summary>
/// A set of fields under a name: a data file's top level (<see cref="DataFileDeclaration"/>) or an object type of
/// <c>types.yaml</c> (<c>Director</c>, <c>PostalAddress</c>). Objects are closed: a key not declared is an error.
/// </summary>
public class ObjectTypeDeclaration(string name, string? description, IReadOnlyList<FieldDeclaration> fields, SourceLocation location)
{
    private readonly Dictionary<string, FieldDeclaration> _byKey = fields.ToDictionary(f => f.Key, StringComparer.Ordinal);

    public string Name { get; } = name;
    public string? Description { get; } = description;

    /// <summary>In declaration order, which is the order editors and messages list them in.</summary>
    public IReadOnlyList<FieldDeclaration> Fields { get; } = fields;

    public SourceLocation Location { get; } = location;

    public FieldDeclaration? Find(string key) => _byKey.GetValueOrDefault(key);
}
