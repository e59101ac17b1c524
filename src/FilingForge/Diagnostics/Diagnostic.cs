namespace FilingForge.Diagnostics;

public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    Severity Severity,
    SourceLocation Location,
    string Message,
    IReadOnlyList<object?> Arguments)
{
    public string Id => Descriptor.Id;

    /// <summary>Why the filing's reviewers accept this warning (<c>reviewed.yaml</c>); null when they have not.</summary>
    public string? ReviewedBecause { get; init; }

    /// <summary>A warning the filing's reviewers examined and accept: reported, but not failing <c>--warnaserror</c>.</summary>
    public bool Reviewed => ReviewedBecause is not null;

    /// <summary>Compiler-style line: <c>path:line:col: error FF2101: message</c>, with control characters escaped (<see cref="TerminalText"/>).</summary>
    public override string ToString() =>
        TerminalText.Escape($"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}");
}
