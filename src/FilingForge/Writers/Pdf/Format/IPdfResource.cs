namespace FilingForge.Writers.Pdf.Format;

/// <summary>A resource shared by all pages (an embedded font); its objects are written once, after the last page.</summary>
public interface IPdfResource
{
    /// <summary>The dictionary entry it goes under: <c>Font</c>, <c>XObject</c>.</summary>
    string Category { get; }
    string ResourceName { get; }
    PdfReference Reference { get; }
    void WriteObjects(PdfFileWriter file);
}
