using FilingForge.Diagnostics;

namespace FilingForge.Loading;

/// <summary>
/// The diagnostics of one data file while it is read. It answers "did this file fail" without looking at other
/// files, and it stops recording after <see cref="MaxErrors"/> errors: a 4 MB file of wrong values must not turn
/// into a million diagnostics.
/// </summary>
internal sealed class FileDiagnostics(string file)
{
    public const int MaxErrors = 100;

    private readonly List<Diagnostic> _items = new();
    private int _errors;

    public bool HasErrors => _errors > 0;

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
    {
        if (descriptor.DefaultSeverity == Severity.Error && ++_errors > MaxErrors)
        {
            if (_errors == MaxErrors + 1)
                _items.Add(LoadDiagnostics.TooManyErrors.At(new SourceLocation(file, 0, 0), MaxErrors));
            return;
        }

        _items.Add(descriptor.At(location, args));
    }
}
