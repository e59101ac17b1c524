namespace FilingForge.Writers.Pdf.Format;

/// <summary>A page being drawn. Its object number is reserved up front so destinations can point at it before it is written.</summary>
public sealed class PdfPage
{
    internal PdfPage(PdfReference reference, double width, double height, PdfContentBuilder content)
    {
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

    /// <summary>A link annotation over a rectangle (PDF coordinates) to a named destination of this document.</summary>
    public void AddLink(double x, double y, double width, double height, string destination) =>
        Links.Add(new PdfLink(x, y, width, height, destination));
}

internal sealed record PdfLink(double X, double Y, double Width, double Height, string Destination);
