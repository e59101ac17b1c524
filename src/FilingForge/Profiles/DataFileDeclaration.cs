using FilingForge.Diagnostics;

namespace FilingForge.Profiles;

/// <summary>One data file of a filing in this profile: <c>directors</c> is read from <c>directors.yaml</c>, <c>.yml</c> or <c>.json</c>.</summary>
public sealed class DataFileDeclaration(string name, string? description, IReadOnlyList<FieldDeclaration> fields, SourceLocation location)
    : ObjectTypeDeclaration(name, description, fields, location);
