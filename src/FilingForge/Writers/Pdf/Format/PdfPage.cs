namespace FilingForge.Writers.Pdf.Format;

/// <summary>A page being drawn. Its object number is reserved up front so destinations can point at it before it is written.</summary>
public sealed class PdfPage
{
    private readonly PdfFileWriter _file;

    internal PdfPage(PdfFileWriter file, PdfReference reference, double width, double height, PdfContentBuilder content)
    {
        _file = file;
        Reference = reference;
        Width = width;
        Height = height;
        Content = content;
    }

    public PdfReference Reference { get; }
    public double Width { get; }
    public double Height { get; }
    /// <summary>The page's content stream; valid until the page is ended (the document reuses the buffer for the next page).</summary>
    public PdfContentBuilder Content { get; }
    internal List<PdfLink> Links { get; } = new();

    /// <summary>The page's key in the structure tree's parent tree, when the document is tagged.</summary>
    public int? StructParents { get; set; }

    /// <summary>
    /// A link annotation over a rectangle (PDF coordinates) to a named destination of this document. Its object number
    /// is reserved now, so a tagged document's <c>Link</c> element can name it before the page is written.
    /// </summary>
    public PdfLink AddLink(double x, double y, double width, double height, string destination)
    {
        var link = new PdfLink(_file.Reserve(), x, y, width, height, destination);
        Links.Add(link);
        return link;
    }

    /// <summary>A link annotation over a rectangle (PDF coordinates) that opens a web address (a URI action).</summary>
    public PdfLink AddWebLink(double x, double y, double width, double height, string url)
    {
        var link = new PdfLink(_file.Reserve(), x, y, width, height, null) { Uri = url };
        Links.Add(link);
        return link;
    }
}

/// <summary>
/// A link annotation of a page: to a named <see cref="Destination"/> of the document, or else to a web address
/// (<see cref="Uri"/>). <see cref="StructParent"/> is its key in the parent tree when the document is tagged.
/// </summary>
public sealed record PdfLink(PdfReference Reference, double X, double Y, double Width, double Height, string? Destination)
{
    public string? Uri { get; init; }

    public int? StructParent { get; set; }
}
