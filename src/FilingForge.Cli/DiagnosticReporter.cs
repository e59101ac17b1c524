using FilingForge.Diagnostics;

namespace FilingForge.Cli;

/// <summary>Prints diagnostics the way compilers do, one per line, then a summary line; writes SARIF when asked.</summary>
internal static class DiagnosticReporter
{
    public static void Report(IReadOnlyList<Diagnostic> diagnostics, FileInfo? sarif)
    {
        foreach (var d in diagnostics) Console.Error.WriteLine(d.ToString());
        if (sarif is not null)
        {
            var text = SarifLog.Write(diagnostics, typeof(DiagnosticReporter).Assembly.GetName().Version?.ToString() ?? "0.0.0");
            FilingForge.Compilation.AtomicOutputFolder.CommitText(sarif.DirectoryName ?? ".", sarif.Name, text);
        }
    }

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var reviewed = diagnostics.Count(d => d.Reviewed);
        return $"{Plural(errors, "error")}, {Plural(warnings, "warning")}" + (reviewed > 0 ? $" ({reviewed} reviewed)" : "");
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
