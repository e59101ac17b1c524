using System.Globalization;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Compilation;

/// <summary>
/// The sample's PDFs against independent readers: pages rendered to PNG for a reviewer (artifacts/pdf-pages), and the
/// proxy statement's page count against LibreOffice's rendering of the same build's .docx.
/// </summary>
public sealed class SamplePdfReviewTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private const string Install = "apt-get install poppler-utils libreoffice-writer-nogui";
    private static readonly string PagesFolder = Path.Combine(RepositoryPaths.Root, "artifacts", "pdf-pages");

    [ToolFact("pdftoppm", "pdftotext", Install = Install)]
    public void The_first_page_of_each_document_the_graph_page_and_the_card_are_rendered_for_review()
    {
        Assert.True(sample.Result.Succeeded);
        Directory.CreateDirectory(PagesFolder);
        foreach (var pdf in Directory.GetFiles(sample.OutputDirectory, "*.pdf"))
            Render(pdf, 1, Path.GetFileNameWithoutExtension(pdf) + "-first");

        var statement = Path.Combine(sample.OutputDirectory, "proxy-statement.pdf");
        var graphPage = PageContaining(statement, "Cumulative Total Return");
        Assert.True(graphPage > 0, "no page of the proxy statement carries the performance graph");
        Render(statement, graphPage, "proxy-statement-graph");

        var card = Path.Combine(sample.OutputDirectory, "proxy-card.pdf");
        for (var page = 1; page <= PageCount(card); page++) Render(card, page, $"proxy-card-{page}");
        Assert.NotEmpty(Directory.GetFiles(PagesFolder, "proxy-card-*.png"));
    }

    [ToolFact("soffice", "pdfinfo", Install = Install)]
    public void The_proxy_statement_has_about_as_many_pages_as_LibreOffice_gives_the_word_version()
    {
        Assert.True(sample.Result.Succeeded);
        var outdir = Path.Combine(Path.GetTempPath(), "filingforge-lo-" + Environment.ProcessId);
        Directory.CreateDirectory(outdir);
        var docx = Path.Combine(sample.OutputDirectory, "proxy-statement.docx");
        var convert = ExternalTool.Run(ExternalTool.Require("soffice", Install),
            ["-env:UserInstallation=file://" + outdir + "/profile", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx]);
        Assert.Equal(0, convert.ExitCode);

        var ours = PageCount(Path.Combine(sample.OutputDirectory, "proxy-statement.pdf"));
        var libreOffice = PageCount(Path.Combine(outdir, "proxy-statement.pdf"));
        var difference = Math.Abs(ours - libreOffice) / (double)libreOffice;
        Assert.True(difference <= 0.15, $"FilingForge's PDF has {ours} pages, LibreOffice's rendering of the .docx {libreOffice} ({difference:P0} apart)");
    }

    private static void Render(string pdf, int page, string name)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        var result = ExternalTool.Run(ExternalTool.Require("pdftoppm", Install), ["-png", "-r", "60", "-singlefile", "-f", number, "-l", number, pdf, Path.Combine(PagesFolder, name)]);
        Assert.Equal(0, result.ExitCode);
    }

    private static int PageContaining(string pdf, string text)
    {
        var result = ExternalTool.Run(ExternalTool.Require("pdftotext", Install), ["-layout", pdf, "-"]);
        var pages = result.StandardOutput.Split('\f');
        return Array.FindIndex(pages, p => p.Contains(text, StringComparison.Ordinal)) + 1;
    }

    private static int PageCount(string pdf)
    {
        var info = ExternalTool.Run(ExternalTool.Require("pdfinfo", Install), [pdf]);
        var line = info.StandardOutput.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }
}
