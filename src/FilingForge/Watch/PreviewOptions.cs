namespace FilingForge.Watch;

/// <summary>What <c>filingforge watch</c> previews and how quickly it follows edits.</summary>
public sealed record PreviewOptions
{
    public required string DataDirectory { get; init; }
    public required string TemplatesDirectory { get; init; }

    /// <summary>
    /// How long the sources must stay quiet before a rebuild starts. Editors save in bursts (a temporary file, a rename,
    /// an attribute change) within a few milliseconds; waiting longer only adds to what the reader waits for.
    /// </summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(25);
}
