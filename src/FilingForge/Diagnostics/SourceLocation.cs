namespace FilingForge.Diagnostics;

/// <summary>A position in a source file. Stored 1-based, as printed, because every consumer prints it.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static readonly SourceLocation None = new("", 0, 0);

    public bool IsKnown => File.Length > 0;

    public override string ToString() =>
        !IsKnown ? "filingforge" : Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
