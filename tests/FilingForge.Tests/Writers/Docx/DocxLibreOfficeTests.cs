using FilingForge.Document;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Docx;

/// <summary>
/// The .docx as a real word processor reads it: LibreOffice converts it to PDF headless, pdftotext shows the table rows
/// kept on one line, and a PNG of the chart's page is kept in artifacts/docx-pages/ for review.
/// </summary>
public sealed class DocxLibreOfficeTests
{
    private const string Install = "apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation";

    private static string PagesFolder => Path.Combine(RepositoryPaths.Root, "artifacts", "docx-pages");

    [ToolFact("soffice", "pdftotext", "pdftoppm", Install = Install)]
    public void LibreOffice_converts_the_all_nodes_document_and_keeps_table_rows_on_one_line()
    {
        var pages = ConvertToPdfPages(AllNodesDocument.Load());

        var text = string.Join("\n", pages);
        Assert.Contains(Lines(text), l => l.Contains("Ake Almgren", StringComparison.Ordinal) && l.Contains("2002", StringComparison.Ordinal) && l.Contains("$372,281", StringComparison.Ordinal));
        Assert.Contains(Lines(text), l => l.Contains("2001", StringComparison.Ordinal) && l.Contains("351,346", StringComparison.Ordinal));
        Assert.Contains(Lines(text), l => l.Contains("Total", StringComparison.Ordinal) && l.Contains("$723,627", StringComparison.Ordinal));
        Assert.Contains(Lines(text), l => l.Contains("Jun-01", StringComparison.Ordinal) && l.Contains("49", StringComparison.Ordinal) && l.Contains("54", StringComparison.Ordinal));
        Assert.Contains("FOLD AND DETACH HERE", text);
        Assert.Contains("Karen Clark", text);
    }

    [ToolFact("soffice", "pdftotext", "pdftoppm", Install = Install)]
    public void LibreOffice_converts_a_cover_page_document()
    {
        var pages = ConvertToPdfPages(CoverDocument.Build(preliminary: true));

        Assert.True(pages.Count >= 2, "the cover and the body are on separate pages");
        Assert.Contains("Notice of Annual Meeting", pages[0]);
        Assert.Contains(Lines(pages[1]), l => l.Contains("For", StringComparison.Ordinal) && l.Contains("1,000", StringComparison.Ordinal));
    }

    /// <summary>Writes the .docx into artifacts/docx-pages, converts it, renders the chart's page, returns each page's text.</summary>
    private static IReadOnlyList<string> ConvertToPdfPages(FilingDocument document)
    {
        Directory.CreateDirectory(PagesFolder);
        var docx = Path.Combine(PagesFolder, document.Name + ".docx");
        File.WriteAllBytes(docx, DocxPackage.Write(document).Bytes);
        var profile = Path.Combine(Path.GetTempPath(), "filingforge-soffice-" + document.Name);

        var soffice = ExternalTool.Run(ExternalTool.Require("soffice", Install),
            ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", PagesFolder, docx]);
        var pdf = Path.ChangeExtension(docx, ".pdf");
        Assert.True(soffice.ExitCode == 0 && File.Exists(pdf), $"soffice failed: {soffice.StandardOutput}\n{soffice.StandardError}");

        var text = ExternalTool.Run(ExternalTool.Require("pdftotext", Install), ["-layout", pdf, "-"]);
        Assert.Equal(0, text.ExitCode);
        var pages = text.StandardOutput.Split('\f');
        var chartPage = Array.FindIndex(pages, p => p.Contains("Cumulative Total Return", StringComparison.Ordinal));
        var pageNumber = (chartPage < 0 ? 0 : chartPage) + 1;
        var png = ExternalTool.Run(ExternalTool.Require("pdftoppm", Install),
            ["-png", "-r", "60", "-f", pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, Path.Combine(PagesFolder, document.Name)]);
        Assert.Equal(0, png.ExitCode);
        return pages;
    }

    private static string[] Lines(string text) => text.Split('\n');
}
