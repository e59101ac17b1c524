namespace FilingForge.Writers.Pdf.Format;

/// <summary>
/// The logical structure of a tagged PDF (§14.7), streamed like the pages: an element's object is written as soon as it
/// ends, each page's parent-tree array (MCID → element) as soon as the page ends, and the number tree, the
/// <c>Document</c> element and the <c>StructTreeRoot</c> at the end. Memory holds the open elements and two integers per
/// page and annotation, never page content, so a 13,000-page document stays small.
/// </summary>
public sealed class PdfStructureTree
{
    private readonly PdfFileWriter _file;
    private readonly PdfReference _root;
    private readonly PdfStructureElement _document;
    private readonly List<(int Key, int Value)> _parentTree = new();
    private readonly List<int> _pageMarks = new();
    private int _nextKey;
    private int _nextMcid;
    private int _page;

    public PdfStructureTree(PdfFileWriter file)
    {
        _file = file;
        _root = file.Reserve();
        _document = new PdfStructureElement(null, "Document", null, null, keepEmpty: true);
    }

    /// <summary>The <c>Document</c> element every other element descends from.</summary>
    public PdfStructureElement Document => _document;

    /// <summary>Opens an element under <paramref name="parent"/>; it is written when <see cref="End"/> is called.</summary>
    public PdfStructureElement Begin(PdfStructureElement parent, string type, PdfDictionary? attributes = null, string? alternateText = null, bool keepEmpty = false) =>
        new(parent, type, attributes, alternateText, keepEmpty);

    /// <summary>Starts a page's marked content: returns the page's <c>/StructParents</c> key.</summary>
    public int BeginPage(PdfPage page)
    {
        _page = page.Reference.Number;
        _nextMcid = 0;
        _pageMarks.Clear();
        return _nextKey++;
    }

    /// <summary>A new marked-content sequence of <paramref name="element"/> on the current page; returns its MCID.</summary>
    public int MarkContent(PdfStructureElement element)
    {
        var mcid = _nextMcid++;
        if (element.Page == 0) element.Page = _page;
        element.Kids.Add(new StructureKid(StructureKidKind.MarkedContent, mcid, _page));
        _pageMarks.Add(ReferenceOf(element).Number);
        return mcid;
    }

    /// <summary>An annotation of the current page as a kid (OBJR) of <paramref name="element"/>; returns its <c>/StructParent</c> key.</summary>
    public int AddAnnotation(PdfStructureElement element, PdfReference annotation)
    {
        element.Kids.Add(new StructureKid(StructureKidKind.Annotation, annotation.Number, _page));
        var key = _nextKey++;
        _parentTree.Add((key, ReferenceOf(element).Number));
        return key;
    }

    /// <summary>Writes the current page's parent-tree array (the element of each MCID, in MCID order).</summary>
    public void EndPage(int key)
    {
        var array = new PdfArray();
        foreach (var number in _pageMarks) array.Add(new PdfReference(number));
        _parentTree.Add((key, _file.Write(array).Number));
    }

    /// <summary>
    /// Writes the element, unless it holds nothing and need not be kept. It joins its parent's kids now, so kids keep
    /// the order in which they end: the order of the layout, since an element ends after everything placed in it.
    /// </summary>
    public void End(PdfStructureElement element)
    {
        if (element.Ended) return;
        element.Ended = true;
        if (element.Kids.Count == 0 && !element.KeepEmpty) return;
        var parent = element.Parent ?? _document;
        parent.Kids.Add(new StructureKid(StructureKidKind.Element, ReferenceOf(element).Number, 0));
        _file.Write(ReferenceOf(element), Dictionary(element, ReferenceOf(parent)));
    }

    /// <summary>Writes the <c>Document</c> element, the parent tree and the root; returns the root for the catalog.</summary>
    public PdfReference Finish()
    {
        _file.Write(ReferenceOf(_document), Dictionary(_document, _root));
        var nums = new PdfArray();
        foreach (var (key, value) in _parentTree.OrderBy(e => e.Key))
        {
            nums.Add(new PdfInteger(key));
            nums.Add(new PdfReference(value));
        }

        var parentTree = _file.Write(new PdfDictionary().Set("Nums", nums));
        _file.Write(_root, new PdfDictionary("StructTreeRoot")
            .Set("K", ReferenceOf(_document))
            .Set("ParentTree", parentTree)
            .Set("ParentTreeNextKey", new PdfInteger(_nextKey)));
        return _root;
    }

    private PdfReference ReferenceOf(PdfStructureElement element) => element.Reference ??= _file.Reserve();

    private static PdfDictionary Dictionary(PdfStructureElement element, PdfReference parent)
    {
        var dictionary = new PdfDictionary("StructElem").Set("S", PdfName.Of(element.Type)).Set("P", parent);
        if (element.Page != 0) dictionary.Set("Pg", new PdfReference(element.Page));
        if (element.AlternateText is { } alt) dictionary.Set("Alt", PdfString.Text(alt));
        if (element.Attributes is { } attributes) dictionary.Set("A", attributes);
        if (element.Kids.Count > 0) dictionary.Set("K", Kids(element));
        return dictionary;
    }

    /// <summary>
    /// The kids: an MCID on the element's own page is a bare integer, one on another page (a paragraph continued
    /// overleaf) a marked-content reference naming its page (§14.7.4.2), an annotation an object reference (§14.7.4.3).
    /// </summary>
    private static PdfArray Kids(PdfStructureElement element)
    {
        var kids = new PdfArray();
        foreach (var kid in element.Kids)
        {
            kids.Add(kid.Kind switch
            {
                StructureKidKind.Element => new PdfReference(kid.Number),
                StructureKidKind.MarkedContent when kid.Page == element.Page => new PdfInteger(kid.Number),
                StructureKidKind.MarkedContent => new PdfDictionary("MCR").Set("Pg", new PdfReference(kid.Page)).Set("MCID", new PdfInteger(kid.Number)),
                _ => new PdfDictionary("OBJR").Set("Pg", new PdfReference(kid.Page)).Set("Obj", new PdfReference(kid.Number)),
            });
        }

        return kids;
    }
}
