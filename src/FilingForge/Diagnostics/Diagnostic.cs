namespace FilingForge.Diagnostics;

public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    Severity Severity,
    SourceLocation Location,
    string Message,
    IReadOnlyList<object?> Arguments)
{
    public string Id => Descriptor.Id;

    /// <summary>A warning the filing's reviewers examined and accept (<c>reviewed.yaml</c>): reported, but not failing <c>--warnaserror</c>.</summary>
    public bool Reviewed { get; init; }

    /// <summary>Compiler-style line: <c>path:line:col: error FF2101: message</c>, with control characters escaped (<see cref="TerminalText"/>).</summary>
    public override string ToString() =>
        TerminalText.Escape($"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}");
}
