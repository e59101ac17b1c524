using FilingForge.Writers.Docx;
using FilingForge.Writers.Html;
using FilingForge.Writers.Html.Preview;
using FilingForge.Writers.Pdf;

namespace FilingForge.Writers;

/// <summary>Writers looked up by format name. <c>html</c> names both HTML dialects: the EDGAR <c>.htm</c> and the preview <c>.html</c>.</summary>
public static class WriterRegistry
{
    public static readonly IReadOnlyList<string> Formats = ["html", "docx", "pdf"];

    public static IReadOnlyList<IDocumentWriter> For(IReadOnlyCollection<string> formats)
    {
        var selected = formats.Count == 0 ? Formats : formats;
        var writers = new List<IDocumentWriter>();
        foreach (var format in Formats.Where(selected.Contains)) writers.AddRange(Create(format));
        return writers;
    }

    private static IEnumerable<IDocumentWriter> Create(string format) => format switch
    {
        "html" => [new EdgarDocumentWriter(), new PreviewHtmlWriter()],
        "docx" => [new DocxWriter()],
        "pdf" => [new PdfWriter()],
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
    };
}
