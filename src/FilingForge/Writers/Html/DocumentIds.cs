using System.Text.RegularExpressions;
using FilingForge.Diagnostics;
using FilingForge.Document;

namespace FilingForge.Writers.Html;

/// <summary>
/// The ids of one document: which link targets exist (known before the first link is written) and which ids have
/// been written, so that a duplicate is written once and reported, never twice (the W3C checker rejects duplicates).
/// </summary>
public sealed partial class DocumentIds
{
    private readonly HashSet<string> _targets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;
    private readonly SourceLocation _location;

    public DocumentIds(FilingDocument document, DiagnosticBag diagnostics, SourceLocation location)
    {
        _diagnostics = diagnostics;
        _location = location;
        Collect(document.Blocks);
    }

    /// <summary>An id HTML 4 and HTML 5 both accept: a letter, then letters, digits, '-', '_', ':' or '.'.</summary>
    public static bool IsValid(string id) => ValidId().IsMatch(id);

    public bool Resolves(string id) => _targets.Contains(id);

    /// <summary>Whether <paramref name="id"/> may be written on this node; reports why not when it may not.</summary>
    public bool Claim(string id, string nodeKind)
    {
        if (id.Length == 0) return false;
        if (!IsValid(id))
        {
            _diagnostics.Report(HtmlDiagnostics.InvalidId, _location, id, nodeKind);
            return false;
        }

        if (_written.Add(id)) return true;
        _diagnostics.Report(HtmlDiagnostics.DuplicateId, _location, id, nodeKind);
        return false;
    }

    private void Collect(IEnumerable<Block> blocks)
    {
        foreach (var block in BlockTree.Descendants(blocks))
        {
            switch (block)
            {
                case Heading h: Add(h.Id); break;
                case Table t: Add(t.Id); break;
                case Chart c: Add(c.Id); break;
            }
        }
    }

    private void Add(string id)
    {
        if (IsValid(id)) _targets.Add(id);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_:.-]*$")]
    private static partial Regex ValidId();
}
