using System.Globalization;
using System.Text;

namespace FilingForge.Writers.Pdf.Format;

/// <summary>
/// The document layer over <see cref="PdfFileWriter"/>: pages are written as soon as they end (only their object numbers
/// are kept for the page tree), shared resources and the page tree after the last page, then the outline, named
/// destinations, the structure tree of a tagged document, the XMP metadata, the catalog (with the document's language),
/// the information dictionary and the cross-reference table.
/// </summary>
public sealed class PdfDocumentWriter : IDisposable
{
    private readonly PdfFileWriter _file;
    private readonly PdfDocumentInfo _info;
    private readonly PdfReference _pages;
    private readonly PdfReference _resources;
    private readonly List<int> _kids = new();
    private readonly List<IPdfResource> _sharedResources = new();
    private readonly SortedDictionary<string, PdfArray> _destinations = new(StringComparer.Ordinal);
    private readonly PdfOutlineBuilder _outline = new();
    private PdfStructureTree? _structure;
    private bool _finished;

    public PdfDocumentWriter(Stream output, PdfDocumentInfo info)
    {
        _file = new PdfFileWriter(output);
        _info = info;
        _pages = _file.Reserve();
        _resources = _file.Reserve();
    }

    public int PageCount => _kids.Count;

    public PdfFileWriter File => _file;

    /// <summary>
    /// The structure tree of a tagged document (§14.8), made on first use: a document whose pages mark their content
    /// gets <c>/MarkInfo</c> and <c>/StructTreeRoot</c>; one that never asks (the personalised cards) stays untagged.
    /// </summary>
    public PdfStructureTree Structure => _structure ??= new PdfStructureTree(_file);

    public bool IsTagged => _structure is not null;

    /// <summary>The resource dictionary every page shares (a Form XObject names it so its fonts are the pages' fonts).</summary>
    public PdfReference SharedResources => _resources;

    /// <summary>Adds a resource every page can use, such as an embedded font; returns it for chaining.</summary>
    public T AddResource<T>(T resource) where T : IPdfResource
    {
        _sharedResources.Add(resource);
        return resource;
    }

    /// <summary>
    /// A new page. Pages are drawn one at a time, so the page content buffer of the page before is reused: a 4 KB buffer
    /// per page was most of what a run of personalised cards allocated.
    /// </summary>
    public PdfPage BeginPage(double width, double height)
    {
        var content = _spareContent ?? new PdfContentBuilder();
        _spareContent = null;
        content.Clear();
        return new PdfPage(_file, _file.Reserve(), width, height, content);
    }

    private PdfContentBuilder? _spareContent;
    private (double Width, double Height, byte[] Prefix)? _pagePrefix;

    /// <param name="compressContent">False for tiny content streams (a personalised card's few lines), where setting up a
    /// Flate encoder per page costs far more than the bytes it saves.</param>
    public void EndPage(PdfPage page, bool compressContent = true)
    {
        if (!compressContent && page.Links.Count == 0 && page.StructParents is null)
        {
            EndPlainPage(page);
            return;
        }

        var content = _file.WriteStream(new PdfDictionary(), page.Content.Bytes, compressContent);
        var dictionary = new PdfDictionary("Page")
            .Set("Parent", _pages)
            .Set("MediaBox", PdfArray.OfReals(0, 0, page.Width, page.Height))
            .Set("Resources", _resources)
            .Set("Contents", content);
        if (page.StructParents is { } key) dictionary.Set("StructParents", new PdfInteger(key));
        if (page.Links.Count > 0)
        {
            var annotations = new PdfArray();
            foreach (var link in page.Links)
            {
                _file.Write(link.Reference, LinkAnnotation(link));
                annotations.Add(link.Reference);
            }

            dictionary.Set("Annots", annotations);
            // A tagged page's annotations are visited in the order of its structure (PDF/UA-1 §7.18.3).
            if (page.StructParents is not null) dictionary.Set("Tabs", PdfName.Of("S"));
        }

        _file.Write(page.Reference, dictionary);
        _kids.Add(page.Reference.Number);
        _spareContent = page.Content;
    }

    /// <summary>
    /// <see cref="EndPage"/> for an uncompressed page without links: the same bytes, with the page dictionary's fixed
    /// part (everything before the content's object number) made once per page size.
    /// </summary>
    private void EndPlainPage(PdfPage page)
    {
        var content = _file.WriteStream(page.Content.Bytes);
        if (_pagePrefix is not { } prefix || prefix.Width != page.Width || prefix.Height != page.Height)
        {
            var head = new PdfDictionary("Page")
                .Set("Parent", _pages)
                .Set("MediaBox", PdfArray.OfReals(0, 0, page.Width, page.Height))
                .Set("Resources", _resources)
                .Set("Contents", new PdfReference(0)).ToString();
            const string tail = "0 0 R>>";
            if (!head.EndsWith("/Contents " + tail, StringComparison.Ordinal)) throw new InvalidOperationException("unexpected page dictionary: " + head);
            prefix = (page.Width, page.Height, System.Text.Encoding.ASCII.GetBytes(head[..^tail.Length]));
            _pagePrefix = prefix;
        }

        _file.WriteRaw(page.Reference, prefix.Prefix, content.Number, " 0 R>>"u8);
        _kids.Add(page.Reference.Number);
        _spareContent = page.Content;
    }

    /// <summary>Names a position on a page (top-left of the view) so links and bookmarks can jump to it.</summary>
    public void AddDestination(string name, PdfPage page, double x, double y) =>
        _destinations[name] = new PdfArray(page.Reference, PdfName.Of("XYZ"), new PdfReal(x), new PdfReal(y), PdfNull.Instance);

    public void AddOutlineItem(int level, string title, string destination) => _outline.Add(level, title, destination);

    public void Finish()
    {
        if (_finished) return;
        _finished = true;
        WriteResources();
        _file.Write(_pages, new PdfDictionary("Pages")
            .Set("Kids", new PdfArray(_kids.Select(n => (PdfObject)new PdfReference(n))))
            .Set("Count", new PdfInteger(_kids.Count)));

        var catalog = new PdfDictionary("Catalog").Set("Pages", _pages);
        if (_structure is not null)
        {
            catalog.Set("MarkInfo", new PdfDictionary().Set("Marked", PdfBoolean.True))
                .Set("StructTreeRoot", _structure.Finish());
        }

        if (!_outline.IsEmpty)
        {
            catalog.Set("Outlines", _outline.Write(_file)).Set("PageMode", PdfName.Of("UseOutlines"));
        }

        if (_destinations.Count > 0)
        {
            var dests = new PdfDictionary();
            foreach (var (name, target) in _destinations) dests.Set(name, target);
            catalog.Set("Dests", _file.Write(dests));
        }

        catalog.Set("Lang", PdfString.Text(_info.Language))
            .Set("Metadata", PdfXmpMetadata.Write(_file, _info))
            // Readers' title bars show the document's title rather than its file name (PDF/UA-1 §7.1).
            .Set("ViewerPreferences", new PdfDictionary().Set("DisplayDocTitle", PdfBoolean.True));
        var catalogReference = _file.Write(catalog);
        var info = _file.Write(_info.ToDictionary());
        _file.Finish(catalogReference, info);
    }

    private void WriteResources()
    {
        var resources = new PdfDictionary().Set("ProcSet", new PdfArray(PdfName.Of("PDF"), PdfName.Of("Text")));
        foreach (var group in _sharedResources.GroupBy(r => r.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var entries = new PdfDictionary();
            foreach (var resource in group) entries.Set(resource.ResourceName, resource.Reference);
            resources.Set(group.Key, entries);
        }

        _file.Write(_resources, resources);
        foreach (var resource in _sharedResources) resource.WriteObjects(_file);
    }

    private static PdfDictionary LinkAnnotation(PdfLink link)
    {
        var annotation = new PdfDictionary("Annot")
            .Set("Subtype", PdfName.Of("Link"))
            .Set("Rect", PdfArray.OfReals(link.X, link.Y, link.X + link.Width, link.Y + link.Height))
            .Set("Border", new PdfArray(0, 0, 0));
        if (link.Destination is not null) annotation.Set("Dest", PdfName.Of(link.Destination));
        else
        {
            // The alternate description PDF/UA-1 §7.18.5 asks of a link: the address it opens.
            annotation.Set("A", UriAction(link.Uri!)).Set("Contents", PdfString.Text(link.Uri!));
        }
        if (link.StructParent is { } key) annotation.Set("StructParent", new PdfInteger(key));
        return annotation;
    }

    /// <summary>
    /// A URI action (§12.6.4.8). The URI is a 7-bit ASCII string, so any other character of the address is written as
    /// its UTF-8 bytes, percent-encoded, as a browser would send it.
    /// </summary>
    private static PdfDictionary UriAction(string uri) => new PdfDictionary("Action")
        .Set("S", PdfName.Of("URI"))
        .Set("URI", PdfString.Literal(AsciiUri(uri)));

    private static byte[] AsciiUri(string uri)
    {
        var bytes = new List<byte>(uri.Length);
        foreach (var b in Encoding.UTF8.GetBytes(uri))
        {
            if (b is > 0x20 and < 0x7F) bytes.Add(b);
            else bytes.AddRange(Encoding.ASCII.GetBytes("%" + b.ToString("X2", CultureInfo.InvariantCulture)));
        }

        return bytes.ToArray();
    }

    public void Dispose() => _file.Dispose();
}
