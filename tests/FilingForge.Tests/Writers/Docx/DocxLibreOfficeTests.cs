using FilingForge.Document;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Docx;

/// <summary>
/// The .docx as a real word processor reads it: LibreOffice converts it to PDF headless, pdftotext shows the table rows
/// kept on one line, and a PNG of the chart's page is kept in artifacts/docx-pages/ for review.
/// </summary>
public sealed class DocxLibreOfficeTests
{
    private const string Install = "apt-get install -y libreoffice-writer-nogui poppler-utils";

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

    [ToolFact("soffice", "pdftotext", "pdftoppm", Install = Install)]
    public void LibreOffice_converts_every_sample_document_and_each_table_row_keeps_its_figures_on_one_line()
    {
        var checkedRows = 0;
        foreach (var document in SampleFilingDocuments.All)
        {
            var lines = Lines(string.Join("\n", ConvertToPdfPages(document)));
            var tables = document.Blocks.SelectMany(Tables);
            foreach (var table in tables)
            foreach (var row in table.BodyRows)
            {
                var figures = Figures(table, row);
                if (figures.Count < 2) continue;
                checkedRows++;
                Assert.True(lines.Any(l => InOrder(l, figures)),
                    $"{document.Name}, table {table.Id}: no line holds {string.Join(" | ", figures)} in order");
            }
        }

        Assert.True(checkedRows >= 20, $"only {checkedRows} rows with two or more figures were checked");
    }

    private static IEnumerable<Table> Tables(Block block) => block switch
    {
        Table t => [t],
        Chart c => [c.DataTable],
        Section s => s.Blocks.SelectMany(Tables),
        TaggedBlocks t => t.Blocks.SelectMany(Tables),
        ListBlock l => l.Items.SelectMany(i => i).SelectMany(Tables),
        _ => [],
    };

    /// <summary>The row's figures (cells of number columns), as the reader sees them.</summary>
    private static List<string> Figures(Table table, TableRow row)
    {
        var grid = FilingForge.Document.TableGrid.Of([row], table.Columns.Count);
        var figures = new List<string>();
        for (var c = 0; c < grid.ColumnCount; c++)
        {
            var slot = grid[0, c];
            if (slot is null || !slot.IsOrigin || table.Columns[c].Kind is ColumnKind.Text or ColumnKind.Date) continue;
            var text = PlainText(slot.Cell.Inlines).Trim();
            if (text.Length > 0) figures.Add(text);
        }

        return figures;
    }

    private static string PlainText(IReadOnlyList<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        TextRun t => t.Text,
        Strong s => PlainText(s.Children),
        Emphasis e => PlainText(e.Children),
        Underline u => PlainText(u.Children),
        InternalLink l => PlainText(l.Children),
        TaggedText t => PlainText(t.Children),
        FootnoteReference f => "(" + f.Marker + ")",
        _ => " ",
    }));

    private static bool InOrder(string line, IReadOnlyList<string> parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            at = line.IndexOf(part, at, StringComparison.Ordinal);
            if (at < 0) return false;
            at += part.Length;
        }

        return true;
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
