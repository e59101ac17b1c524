namespace FilingForge.Compilation;

/// <summary>What one <c>filingforge build</c> is asked to do. Passed down explicitly: no global settings.</summary>
public sealed record BuildOptions
{
    public required string DataDirectory { get; init; }
    public required string OutputDirectory { get; init; }
    public required string TemplatesDirectory { get; init; }
    /// <summary>Document names to build (<c>proxy-statement</c>, <c>proxy-card</c>, <c>ethics-certification</c>); empty means all.</summary>
    public IReadOnlyCollection<string> Documents { get; init; } = [];
    /// <summary>Formats to write: <c>html</c>, <c>docx</c>, <c>pdf</c>; empty means all.</summary>
    public IReadOnlyCollection<string> Formats { get; init; } = [];
    public bool WarningsAsErrors { get; init; }
    /// <summary>Also write each document's generated Markdown (<c>NAME.md</c>) beside the outputs, for review.</summary>
    public bool WriteMarkdown { get; init; }
    /// <summary>When set, every page of every format is stamped as a draft; null for a final build (no stamp anywhere).</summary>
    public DraftLabel? Draft { get; init; }
}
