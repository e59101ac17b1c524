using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Writers.Html.Edgar;

namespace FilingForge.Compilation;

/// <summary>
/// Checks every file a build writes against the rules of its destination: each EDGAR .htm against the EDGAR checker
/// of its kind (the HTML 3.2-era subset, or Inline XBRL 1.1 for a document the profile tags).
/// </summary>
public static class OutputVerifier
{
    public static void Verify(OutputFile file, FilingDocument document, DiagnosticBag diagnostics)
    {
        if (!file.FileName.EndsWith(".htm", StringComparison.Ordinal)) return;
        if (document.InlineXbrl is { } header) new Writers.Html.InlineXbrl.InlineXbrlChecker().Check(file.FileName, file.Content, header.Concepts, diagnostics);
        else new EdgarHtmlChecker().Check(file.FileName, file.Content, diagnostics);
    }
}
