using FilingForge.Writers;
using FilingForge.Writers.Docx;
using FilingForge.Writers.Html;
using FilingForge.Writers.Pdf;

namespace FilingForge.Watch;

/// <summary>A format the preview builds only when a reader asks for it: Word, PDF and the EDGAR document.</summary>
public sealed record OnDemandFormat(string Label, string ContentType, Func<IDocumentWriter> Create)
{
    public static readonly IReadOnlyList<OnDemandFormat> All =
    [
        new("Word (.docx)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", () => new DocxWriter()),
        new("PDF", "application/pdf", () => new PdfWriter()),
        new("EDGAR (.htm)", "text/html; charset=us-ascii", () => new EdgarDocumentWriter()),
    ];

    public string FileNameFor(string documentName) => Create().FileNameFor(documentName);
}
