using FilingForge.Writers.Pdf.Format;
using FilingForge.Writers.Pdf.Layout;

namespace FilingForge.Writers.Pdf;

/// <summary>
/// Turns the layout's structure marks into a tagged PDF: each painted text run (and each stroke of a figure) goes into
/// a marked-content sequence with an MCID of its structure element, everything else (rules, boxes, the footer, repeated
/// table headers) into an <c>/Artifact</c> sequence. Consecutive items of one element share one sequence. Structure
/// elements live in <see cref="PdfStructureTree"/>, which writes each one when it ends; this keeps only the open ones.
/// </summary>
internal sealed class PdfContentTagger
{
    private sealed record Open(PdfStructureElement? Element, bool Artifact, bool InFigure);

    private readonly PdfStructureTree _tree;
    private readonly Open _root;
    private readonly Dictionary<StructureElement, Open> _open = new(ReferenceEqualityComparer.Instance);
    private Open _current;
    private Open? _sequence;
    private PdfContentBuilder? _content;
    private int _pageKey;

    public PdfContentTagger(PdfDocumentWriter document)
    {
        _tree = document.Structure;
        _root = new Open(_tree.Document, false, false);
        _current = _root;
    }

    public void BeginPage(PdfPage page)
    {
        _pageKey = _tree.BeginPage(page);
        page.StructParents = _pageKey;
        _content = page.Content;
        _sequence = null;
    }

    /// <summary>Handles a structure mark; false for any other item.</summary>
    public bool Mark(LayoutItem item)
    {
        switch (item)
        {
            case StructureStart start:
                _current = _open.TryGetValue(start.Element, out var known) ? known : Start(start.Element);
                return true;
            case StructureEnd end:
                if (_open.Remove(end.Element, out var ended) && ended.Element is { } element) _tree.End(element);
                _current = end.Element.Parent is { } parent && _open.TryGetValue(parent, out var open) ? open : _root;
                return true;
            default:
                return false;
        }
    }

    private Open Start(StructureElement element)
    {
        var parent = element.Parent is { } p && _open.TryGetValue(p, out var known) ? known : _root;
        Open open;
        if (parent.Artifact || element.Role == StructureRole.Artifact) open = new Open(null, true, false);
        else
        {
            var pdf = _tree.Begin(parent.Element!, PdfStructureTypes.NameOf(element), PdfStructureTypes.AttributesOf(element), element.AlternateText,
                PdfStructureTypes.KeepsEmpty(element));
            open = new Open(pdf, false, parent.InFigure || element.Role == StructureRole.Figure);
        }

        _open[element] = open;
        return open;
    }

    /// <summary>Opens (or continues) the sequence the item is painted in: its element's text, or an artifact.</summary>
    public void BeforePaint(LayoutItem item)
    {
        var real = !_current.Artifact && (item is TextItem || _current.InFigure);
        var wanted = real ? _current : Artifact;
        if (ReferenceEquals(_sequence, wanted)) return;
        Close();
        if (real) _content!.BeginMarkedContent(_current.Element!.Type, _tree.MarkContent(_current.Element));
        else _content!.BeginArtifact();
        _sequence = wanted;
    }

    /// <summary>The element text painted now belongs to; null inside an artifact.</summary>
    public PdfStructureElement? ContentOwner => _current.Artifact ? null : _current.Element;

    private static readonly Open Artifact = new(null, true, false);

    /// <summary>A link annotation belongs to the <c>Link</c> element being placed (an OBJR kid beside its text).</summary>
    public void Annotation(PdfLink link)
    {
        if (_current.Element is { } element && !_current.Artifact) link.StructParent = _tree.AddAnnotation(element, link.Reference);
    }

    public void EndPage()
    {
        Close();
        _tree.EndPage(_pageKey);
        _content = null;
    }

    private void Close()
    {
        if (_sequence is null) return;
        _content!.EndMarkedContent();
        _sequence = null;
    }

    /// <summary>Ends what the layout left open (nothing, when every start met its end), so no reserved element is left unwritten.</summary>
    public void Finish()
    {
        foreach (var open in _open.Values.Reverse()) if (open.Element is { } element) _tree.End(element);
        _open.Clear();
    }
}
