using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Theming;

namespace FilingForge.Watch;

/// <summary>
/// What one rebuild produced: its diagnostics and, when it had no errors, the documents and their preview pages.
/// <see cref="Elapsed"/> is the rebuild's own time, for the console's status line.
/// </summary>
public sealed record PreviewOutcome(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<FilingDocument>? Documents,
    Theme? Theme,
    IReadOnlyDictionary<string, byte[]>? Pages,
    TimeSpan Elapsed)
{
    public bool Succeeded => Pages is not null;
}
