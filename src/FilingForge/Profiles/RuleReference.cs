namespace FilingForge.Profiles;

/// <summary>A rule a profile names, and where, so a name no rule has is reported at it.</summary>
public sealed record RuleReference(string Name, Diagnostics.SourceLocation Location);
