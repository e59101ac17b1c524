using FilingForge.Diagnostics;

namespace FilingForge.Profiles;

/// <summary>A closed set of snake_case values (<c>preliminary</c>, <c>definitive</c>, …), each with its description.</summary>
public sealed record EnumerationDeclaration(string Name, string? Description, IReadOnlyList<EnumerationValue> Values, SourceLocation Location);

public sealed record EnumerationValue(string Value, string? Description);
