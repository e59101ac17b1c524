using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Theming;
using FilingForge.Writers.Html.Edgar;
using FilingForge.Writers.Html.InlineXbrl;

namespace FilingForge.Writers.Html;

/// <summary>
/// The EDGAR document, <c>.htm</c>, in the kind the document calls for: Inline XBRL 1.1 when the profile tags it (its
/// IR carries an <see cref="InlineXbrlHeader"/>), the HTML 3.2-era dialect otherwise (ARCHITECTURE.md, "HTML").
/// The choice is the profile's, made before the IR reaches the writers; this only follows it.
/// </summary>
public sealed class EdgarDocumentWriter : IDocumentWriter
{
    private readonly EdgarHtmlWriter _html = new();
    private readonly InlineXbrlWriter _inlineXbrl = new();

    public string Format => "htm";
    public string Extension => ".htm";

    public string FileNameFor(string documentName) => EdgarFileName.For(documentName);

    public void Write(FilingDocument document, Theme theme, Stream output, DiagnosticBag diagnostics)
    {
        if (document.InlineXbrl is null) _html.Write(document, theme, output, diagnostics);
        else _inlineXbrl.Write(document, theme, output, diagnostics);
    }
}
