using System.Text;
using DocumentFormat.OpenXml.Packaging;
using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Tests.Support;
using FilingForge.Writers.Html.Edgar;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Tests.Publishing;

public sealed class DraftStampTests(DraftBuilds builds) : IClassFixture<DraftBuilds>
{
    private const string Readers = "apt-get install poppler-utils";

    [Fact]
    public void The_stamp_reads_draft_date_and_revision()
    {
        Assert.Equal(DraftBuilds.Stamp, DraftBuilds.Label.Text);
    }

    [Fact]
    public void An_explicit_draft_date_wins_over_source_date_epoch()
    {
        Assert.Equal(new DateOnly(2026, 11, 21), DraftLabel.ResolveDate("2026-11-21", "0"));
    }

    [Fact]
    public void Without_an_explicit_date_the_draft_date_is_source_date_epoch_in_utc()
    {
        Assert.Equal(new DateOnly(2026, 11, 21), DraftLabel.ResolveDate(null, "1795305599")); // 2026-11-21T23:59:59Z
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("21/11/2026", null)]
    [InlineData(null, "yesterday")]
    public void Without_a_usable_date_there_is_no_draft_date(string? explicitDate, string? epoch)
    {
        Assert.Null(DraftLabel.ResolveDate(explicitDate, epoch));
    }

    [Theory]
    [InlineData("abc1234", true)]
    [InlineData("v2003-final-3-gabc1234-dirty", true)]
    [InlineData("", false)]
    [InlineData("rev <b>", false)]
    [InlineData("r\u00e9v", false)]
    public void A_revision_is_plain_ascii(string revision, bool valid)
    {
        Assert.Equal(valid, DraftLabel.IsValidRevision(revision));
    }

    [ToolFact("pdftotext", Install = Readers)]
    public void Every_page_of_every_draft_pdf_carries_the_stamp()
    {
        foreach (var pdf in Of(builds.Draft, "pdf"))
        {
            var pages = PdfPages(pdf);
            Assert.Equal(pdf.PageCount, pages.Count);
            for (var i = 0; i < pages.Count; i++) Assert.True(pages[i].Contains(DraftBuilds.Stamp, StringComparison.Ordinal), $"{pdf.FileName} page {i + 1} has no stamp");
        }
    }

    [ToolFact("pdftotext", Install = Readers)]
    public void No_page_of_a_final_pdf_carries_a_stamp()
    {
        foreach (var pdf in Of(builds.Final, "pdf"))
            Assert.All(PdfPages(pdf), page => Assert.DoesNotContain("DRAFT", page, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_section_of_every_draft_docx_has_the_stamp_as_its_headers()
    {
        foreach (var docx in Of(builds.Draft, "docx"))
        {
            using var package = WordprocessingDocument.Open(new MemoryStream(docx.Content), false);
            var main = package.MainDocumentPart!;
            var sections = main.Document.Descendants<W.SectionProperties>().ToList();
            Assert.NotEmpty(sections);
            foreach (var section in sections)
            {
                var references = section.Elements<W.HeaderReference>().ToDictionary(r => r.Type!.Value, r => r.Id!.Value!);
                Assert.Contains(W.HeaderFooterValues.Default, references.Keys);
                // A section with its own first page (the cover) needs the stamp there too, or the cover goes unstamped.
                if (section.Elements<W.TitlePage>().Any()) Assert.Contains(W.HeaderFooterValues.First, references.Keys);
                foreach (var id in references.Values)
                    Assert.Equal(DraftBuilds.Stamp, ((HeaderPart)main.GetPartById(id)).Header.InnerText);
            }
        }
    }

    [Fact]
    public void A_draft_docx_with_its_headers_is_valid_open_xml()
    {
        foreach (var docx in Of(builds.Draft, "docx"))
        {
            using var package = WordprocessingDocument.Open(new MemoryStream(docx.Content), false);
            var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package)
                .Select(e => $"{docx.FileName} {e.Part?.Uri}: {e.Path?.XPath}: {e.Description}");
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void A_final_docx_has_no_header_at_all()
    {
        foreach (var docx in Of(builds.Final, "docx"))
        {
            using var package = WordprocessingDocument.Open(new MemoryStream(docx.Content), false);
            Assert.Empty(package.MainDocumentPart!.HeaderParts);
            Assert.DoesNotContain("DRAFT", package.MainDocumentPart.Document.InnerText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_draft_preview_opens_with_a_fixed_banner()
    {
        foreach (var html in Of(builds.Draft, "html"))
        {
            var text = Encoding.UTF8.GetString(html.Content);
            var body = text.IndexOf("<body>\n", StringComparison.Ordinal);
            Assert.True(body > 0, html.FileName);
            Assert.StartsWith($"<div class=\"draft-stamp\" role=\"note\">{DraftBuilds.Stamp}</div>", text[(body + "<body>\n".Length)..], StringComparison.Ordinal);
            Assert.Contains(".draft-stamp { position: fixed;", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_draft_edgar_file_opens_with_an_ascii_banner_paragraph()
    {
        foreach (var htm in Of(builds.Draft, "htm"))
        {
            var lines = Encoding.ASCII.GetString(htm.Content).Split('\n');
            var body = Array.FindIndex(lines, l => l.StartsWith("<body", StringComparison.Ordinal));
            Assert.True(body >= 0, htm.FileName);
            Assert.Matches($"^<p [^>]*>{DraftBuilds.AsciiStamp}</p>$", lines[body + 1]);
            Assert.All(htm.Content, b => Assert.True(b < 0x80));
        }
    }

    [Fact]
    public void The_edgar_checker_finds_nothing_wrong_with_a_draft()
    {
        foreach (var htm in Of(builds.Draft, "htm"))
        {
            var diagnostics = new DiagnosticBag();
            new EdgarHtmlChecker().Check(htm.FileName, htm.Content, diagnostics);
            Assert.DoesNotContain(diagnostics.Sorted(), d => d.Severity != Severity.Info);
        }
    }

    [Fact]
    public void No_html_of_a_final_build_carries_a_stamp()
    {
        foreach (var file in Of(builds.Final, "html").Concat(Of(builds.Final, "htm")))
        {
            var text = Encoding.UTF8.GetString(file.Content);
            Assert.DoesNotContain("DRAFT", text, StringComparison.Ordinal);
            Assert.DoesNotContain("draft-stamp", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_draft_and_a_final_build_write_the_same_files()
    {
        Assert.Equal(builds.Final.Select(f => f.FileName), builds.Draft.Select(f => f.FileName));
    }

    private static List<OutputFile> Of(IReadOnlyList<OutputFile> outputs, string format)
    {
        var files = outputs.Where(o => o.Format == format).ToList();
        Assert.NotEmpty(files);
        return files;
    }

    /// <summary>The text of each page: pdftotext ends every page with a form feed.</summary>
    private static List<string> PdfPages(OutputFile pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"filingforge-draft-{Environment.ProcessId}-{pdf.FileName}");
        File.WriteAllBytes(path, pdf.Content);
        try
        {
            var result = ExternalTool.Run("pdftotext", [path, "-"]);
            Assert.Equal(0, result.ExitCode);
            var pages = result.StandardOutput.Split('\f').ToList();
            if (pages[^1].Length == 0) pages.RemoveAt(pages.Count - 1);
            return pages;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
