using FilingForge.Diagnostics;
using FilingForge.Writers.Html.Edgar;

namespace FilingForge.Compilation;

/// <summary>Checks every file a build writes against the rules of its destination: each EDGAR .htm against the EDGAR checker.</summary>
public static class OutputVerifier
{
    public static void Verify(OutputFile file, DiagnosticBag diagnostics)
    {
        if (file.FileName.EndsWith(".htm", StringComparison.Ordinal))
            new EdgarHtmlChecker().Check(file.FileName, file.Content, diagnostics);
    }
}
