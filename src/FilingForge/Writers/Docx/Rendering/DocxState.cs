using FilingForge.Diagnostics;
using FilingForge.Document;

namespace FilingForge.Writers.Docx.Rendering;

/// <summary>
/// What accumulates while the body is written: bookmark and drawing ids, list numbering, charts waiting for their
/// parts, web addresses waiting for their relationships, a page break waiting for the next paragraph. The package assembler reads it once the body is done.
/// </summary>
internal sealed class DocxState
{
    private int _nextBookmarkId;
    private int _nextDrawingId = 1;
    private readonly List<ChartReference> _charts = [];
    private readonly Dictionary<string, string> _webLinkIds = new(StringComparer.Ordinal);
    private readonly List<WebLinkReference> _webLinks = [];

    public DocxState(FilingDocument document, DiagnosticBag diagnostics)
    {
        DocumentName = document.Name;
        IsCard = document.Properties.Layout == PageLayout.Card;
        Diagnostics = diagnostics;
        Bookmarks = BookmarkNames.Collect(document.Blocks);
        Pagination = document.Pagination;
    }

    /// <summary>FilingForge's own page layout of the document (the PDF's), when the compiler computed it.</summary>
    public Pagination? Pagination { get; }

    public string DocumentName { get; }

    /// <summary>The document is laid out as a proxy card (<c>layout: card</c>), whose forms are set as printed cards set them.</summary>
    public bool IsCard { get; }
    public DiagnosticBag Diagnostics { get; }
    public BookmarkNames Bookmarks { get; }
    public NumberingRegistry Numbering { get; } = new();
    public IReadOnlyList<ChartReference> Charts => _charts;

    /// <summary>The web addresses the body links to, in order of first use, each with its relationship's id.</summary>
    public IReadOnlyList<WebLinkReference> WebLinks => _webLinks;

    /// <summary>Set by a page break; the next paragraph of the body starts a new page.</summary>
    public bool PageBreakPending { get; set; }

    /// <summary>Whether anything has been written to the body yet (a page break before that is pointless).</summary>
    public bool BodyHasContent { get; set; }

    /// <summary>Diagnostics of a writer point at the output document: the IR carries no source positions.</summary>
    public SourceLocation Location => new(DocumentName + ".docx", 0, 0);

    public string NextBookmarkId() => DocxUnits.Text(_nextBookmarkId++);

    public uint NextDrawingId() => (uint)_nextDrawingId++;

    public string AddChart(Chart chart)
    {
        var relationshipId = "rIdChart" + DocxUnits.Text(_charts.Count + 1);
        _charts.Add(new ChartReference(chart, relationshipId));
        return relationshipId;
    }

    /// <summary>
    /// The id of the external relationship a <c>w:hyperlink</c> to <paramref name="url"/> names: numbered in order of
    /// first use, one per address however often it is printed, so the package is the same on every run.
    /// </summary>
    public string WebLinkId(string url)
    {
        if (_webLinkIds.TryGetValue(url, out var id)) return id;
        id = "rIdLink" + DocxUnits.Text(_webLinks.Count + 1);
        _webLinkIds.Add(url, id);
        _webLinks.Add(new WebLinkReference(url, id));
        return id;
    }

    public void Report(DiagnosticDescriptor descriptor, params object?[] args) =>
        Diagnostics.Report(descriptor, Location, args);
}

internal sealed record ChartReference(Chart Chart, string RelationshipId);

internal sealed record WebLinkReference(string Url, string RelationshipId);
