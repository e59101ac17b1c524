using System.Globalization;

namespace FilingForge.Writers.Pdf.Format;

/// <summary>
/// The document information dictionary (§14.3.3) and the language of the text (§14.9.2). The date is fixed by the
/// caller, never read from a clock. The same facts are written a second time as XMP (<see cref="PdfXmpMetadata"/>).
/// </summary>
public sealed record PdfDocumentInfo(string Title, string Subject, string Author, DateTimeOffset CreationDate)
{
    public const string Producer = "FilingForge";

    /// <summary>The application that made the document from its source: FilingForge compiles it as well as writing it.</summary>
    public const string Creator = "FilingForge";

    /// <summary>The catalog's <c>/Lang</c> (a BCP 47 tag); the documents carry no language of their own, and are in US English.</summary>
    public string Language { get; init; } = "en-US";

    /// <summary>The creation date as the Info dictionary writes it: <c>D:yyyyMMddHHmmssZ</c>, in UTC.</summary>
    internal string PdfDate => "D:" + CreationDate.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";

    internal PdfDictionary ToDictionary()
    {
        var date = PdfString.Text(PdfDate);
        return new PdfDictionary()
            .Set("Title", PdfString.Text(Title))
            .Set("Subject", PdfString.Text(Subject))
            .Set("Author", PdfString.Text(Author))
            .Set("Creator", PdfString.Text(Creator))
            .Set("Producer", PdfString.Text(Producer))
            .Set("CreationDate", date)
            .Set("ModDate", date);
    }
}
