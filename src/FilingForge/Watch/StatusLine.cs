using FilingForge.Diagnostics;

namespace FilingForge.Watch;

/// <summary>The one line the console prints per rebuild, and the overlay's title: the same words in both places.</summary>
public static class StatusLine
{
    public static string Of(PreviewState state)
    {
        var milliseconds = (int)Math.Round(state.Elapsed.TotalMilliseconds);
        var counts = Counts(state.Diagnostics);
        if (state.Succeeded) return $"build {state.BuildNumber} succeeded in {milliseconds} ms: {state.LastGood!.Documents.Count} documents; {counts}";
        var kept = state.LastGood is null ? "no preview yet" : "the last good preview is kept";
        return $"build {state.BuildNumber} failed in {milliseconds} ms: {counts}; {kept}";
    }

    private static string Counts(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        return $"{Plural(errors, "error")}, {Plural(warnings, "warning")}";
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
