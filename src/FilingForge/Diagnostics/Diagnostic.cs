namespace FilingForge.Diagnostics;

public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    Severity Severity,
    SourceLocation Location,
    string Message,
    IReadOnlyList<object?> Arguments)
{
    public string Id => Descriptor.Id;

    /// <summary>Compiler-style line: <c>path:line:col: error FF2101: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
