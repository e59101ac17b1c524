namespace FilingForge.Diagnostics;

/// <summary>
/// The permanent identity of one kind of diagnostic. IDs are never reused once retired:
/// build scripts, suppressions and SARIF baselines depend on them.
/// </summary>
public sealed record DiagnosticDescriptor(string Id, Severity DefaultSeverity, string Title, string MessageFormat)
{
    public Diagnostic At(SourceLocation location, params object?[] args) =>
        new(this, DefaultSeverity, location, Format(args), args);

    public Diagnostic At(SourceLocation location, Severity severity, params object?[] args) =>
        new(this, severity, location, Format(args), args);

    private string Format(object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);
}
