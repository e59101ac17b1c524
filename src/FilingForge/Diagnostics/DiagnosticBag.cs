namespace FilingForge.Diagnostics;

/// <summary>Collects diagnostics of one build. Stages report here instead of throwing.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly object _gate = new();
    private readonly HashSet<(string, Severity, SourceLocation, string)> _seen = new();

    public IReadOnlyList<Diagnostic> Items
    {
        get { lock (_gate) return _items.ToArray(); }
    }

    public bool HasErrors
    {
        get { lock (_gate) return _items.Any(d => d.Severity == Severity.Error); }
    }

    public int Count(Severity severity)
    {
        lock (_gate) return _items.Count(d => d.Severity == severity);
    }

    /// <summary>Adds a diagnostic; an exact repeat (same ID, severity, location and message) is reported once.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            if (_seen.Add((diagnostic.Id, diagnostic.Severity, diagnostic.Location, diagnostic.Message))) _items.Add(diagnostic);
        }
    }

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        Add(descriptor.At(location, args));

    /// <summary>Puts <paramref name="replacement"/> where <paramref name="diagnostic"/> was (a warning, marked as one the reviewers accepted).</summary>
    public void Replace(Diagnostic diagnostic, Diagnostic replacement)
    {
        lock (_gate)
        {
            var at = _items.IndexOf(diagnostic);
            if (at < 0) return;
            _items[at] = replacement;
            _seen.Add((replacement.Id, replacement.Severity, replacement.Location, replacement.Message));
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    /// <summary>Diagnostics in a stable order: by file, line, column, then ID.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        Items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToArray();
}
