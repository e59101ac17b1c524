using FilingForge.Diagnostics;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>The state of checking one Inline XBRL file: where diagnostics point, and how many each rule has reported.</summary>
internal sealed partial class InlineXbrlCheckRun(string fileName, int maxReportsPerRule)
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    private void Report(DiagnosticDescriptor descriptor, int line, int column, params object?[] args)
    {
        var count = _counts.TryGetValue(descriptor.Id, out var c) ? c + 1 : 1;
        _counts[descriptor.Id] = count;
        if (count <= maxReportsPerRule) _diagnostics.Add(descriptor.At(new SourceLocation(fileName, line, column), args));
    }

    public IReadOnlyList<Diagnostic> Finish()
    {
        foreach (var (id, count) in _counts.Where(kv => kv.Value > maxReportsPerRule).OrderBy(kv => kv.Key, StringComparer.Ordinal))
            _diagnostics.Add(HtmlDiagnostics.MoreBreachesNotListed.At(new SourceLocation(fileName, 0, 0), count - maxReportsPerRule, id));
        return _diagnostics;
    }

    /// <summary>Each kind of problem the fact reader finds has its diagnostic.</summary>
    public void ReportReadError(InlineXbrlReadError error)
    {
        var descriptor = error.Kind switch
        {
            InlineXbrlReadErrorKind.NotWellFormed => InlineXbrlDiagnostics.NotWellFormed,
            InlineXbrlReadErrorKind.UnknownFormat => InlineXbrlDiagnostics.UnknownFormat,
            InlineXbrlReadErrorKind.UnreadableValue => InlineXbrlDiagnostics.UnreadableValue,
            InlineXbrlReadErrorKind.MissingContinuation => InlineXbrlDiagnostics.MissingContinuation,
            InlineXbrlReadErrorKind.ContinuationReachedTwice => InlineXbrlDiagnostics.ContinuationReachedTwice,
            _ => InlineXbrlDiagnostics.Malformed,
        };
        if (error.Kind == InlineXbrlReadErrorKind.NotWellFormed) Report(descriptor, error.Line, error.Column, error.Subject);
        else Report(descriptor, error.Line, error.Column, error.Subject, error.Detail);
    }
}
