using FilingForge.Diagnostics;

namespace FilingForge.Compilation;

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Outputs, bool Succeeded)
{
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
