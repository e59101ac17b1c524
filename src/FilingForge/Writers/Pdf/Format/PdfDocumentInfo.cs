using System.Globalization;

namespace FilingForge.Writers.Pdf.Format;

/// <summary>The document information dictionary (§14.3.3). The date is fixed by the caller, never read from a clock.</summary>
public sealed record PdfDocumentInfo(string Title, string Subject, string Author, DateTimeOffset CreationDate)
{
    public const string Producer = "FilingForge";

    internal PdfDictionary ToDictionary()
    {
        var date = PdfString.Text("D:" + CreationDate.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z");
        return new PdfDictionary()
            .Set("Title", PdfString.Text(Title))
            .Set("Subject", PdfString.Text(Subject))
            .Set("Author", PdfString.Text(Author))
            .Set("Producer", PdfString.Text(Producer))
            .Set("CreationDate", date)
            .Set("ModDate", date);
    }
}
