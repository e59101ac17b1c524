using FilingForge.Diagnostics;

namespace FilingForge.Watch;

/// <summary>
/// What the preview shows after the latest finished build: <see cref="LastGood"/> is the newest build without errors
/// (kept while later builds fail), <see cref="Diagnostics"/> those of the latest build, good or not, and
/// <see cref="Changes"/> what <see cref="LastGood"/> changed against the good build before it.
/// </summary>
public sealed record PreviewState(int BuildNumber, bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed, PreviewBuild? LastGood, PreviewChanges Changes)
{
    public static readonly PreviewState None = new(0, false, [], TimeSpan.Zero, null, PreviewChanges.None);

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The state after <paramref name="outcome"/>: a good build replaces the preview, a failed one only the diagnostics.</summary>
    public PreviewState After(PreviewOutcome outcome)
    {
        if (!outcome.Succeeded) return this with { BuildNumber = BuildNumber + 1, Succeeded = false, Diagnostics = outcome.Diagnostics, Elapsed = outcome.Elapsed };
        var build = new PreviewBuild((LastGood?.Generation ?? 0) + 1, outcome.Documents!, outcome.Theme!, outcome.Pages!);
        var changes = LastGood is null ? PreviewChanges.None : new PreviewChanges(LastGood.Documents, build.Documents);
        return new PreviewState(BuildNumber + 1, true, outcome.Diagnostics, outcome.Elapsed, build, changes);
    }
}
