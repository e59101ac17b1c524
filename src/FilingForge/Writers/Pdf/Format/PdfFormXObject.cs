namespace FilingForge.Writers.Pdf.Format;

/// <summary>
/// A Form XObject: content drawn once and placed on any number of pages with <c>/Name Do</c> (a card's fixed layout
/// under each holder's personalised text). It uses the document's shared resources, so the fonts it names are the
/// same subset fonts the pages use; its stream is written with the other shared resources after the last page.
/// </summary>
public sealed class PdfFormXObject : IPdfResource
{
    private readonly byte[] _content;
    private readonly double _width;
    private readonly double _height;
    private readonly PdfReference _resources;

    public PdfFormXObject(string resourceName, PdfReference reference, PdfReference resources, double width, double height, ReadOnlySpan<byte> content)
    {
        ResourceName = resourceName;
        Reference = reference;
        _resources = resources;
        _width = width;
        _height = height;
        _content = content.ToArray();
    }

    public string Category => "XObject";
    public string ResourceName { get; }
    public PdfReference Reference { get; }

    public void WriteObjects(PdfFileWriter file)
    {
        var dictionary = new PdfDictionary("XObject")
            .Set("Subtype", PdfName.Of("Form"))
            .Set("BBox", PdfArray.OfReals(0, 0, _width, _height))
            .Set("Resources", _resources);
        file.WriteStream(Reference, dictionary, _content);
    }
}
