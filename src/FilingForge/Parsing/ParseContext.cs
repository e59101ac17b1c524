using FilingForge.Diagnostics;

namespace FilingForge.Parsing;

/// <summary>
/// State of one parse: where diagnostics go, how Markdown lines map to locations, the ids handed out so far and
/// the internal links to check once every id is known.
/// </summary>
internal sealed class ParseContext
{
    private readonly SourceMap? _sourceMap;
    private readonly List<(string TargetId, int Line)> _links = new();

    public ParseContext(string markdown, string documentName, DiagnosticBag diagnostics, SourceMap? sourceMap,
        IReadOnlyDictionary<string, Document.FactTag>? facts = null)
    {
        Facts = facts;
        Markdown = markdown;
        FileName = documentName + ".md";
        Diagnostics = diagnostics;
        _sourceMap = sourceMap;
    }

    /// <summary>
    /// The Inline XBRL facts the document's fact markers may name, by id; a marker naming another is FF5230. Null when
    /// the Markdown is read back for review (a saved <c>.md</c>): its markers are then passed over and their text kept.
    /// </summary>
    public IReadOnlyDictionary<string, Document.FactTag>? Facts { get; }

    public string Markdown { get; }

    public string FileName { get; }

    public DiagnosticBag Diagnostics { get; }

    public IdRegistry Ids { get; } = new();

    public IReadOnlyList<(string TargetId, int Line)> Links => _links;

    /// <summary>
    /// The location of a 0-based Markdown line and column: the template line that produced it when the source map
    /// knows it, otherwise the line of <c>&lt;document&gt;.md</c>.
    /// </summary>
    public SourceLocation Locate(int line, int column = 0)
    {
        var origin = _sourceMap?.Resolve(line + 1) ?? SourceLocation.None;
        return origin.IsKnown ? origin : new SourceLocation(FileName, line + 1, column + 1);
    }

    public void Report(DiagnosticDescriptor descriptor, int line, params object?[] args) =>
        Diagnostics.Report(descriptor, Locate(line), args);

    /// <summary>Claims an id the author wrote; a clash is an error because links to it would be ambiguous.</summary>
    public string ClaimExplicitId(string id, int line)
    {
        if (!Ids.Contains(id)) return Ids.Claim(id);
        var renamed = Ids.Claim(id);
        Report(ParseDiagnostics.DuplicateId, line, id, renamed);
        return renamed;
    }

    public void RecordLink(string targetId, int line) => _links.Add((targetId, line));
}
