using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FilingForge.Review.Diff;
using FilingForge.Review.Redline;
using FilingForge.Tests.Support;
using static FilingForge.Tests.Review.ReviewDocuments;

namespace FilingForge.Tests.Review;

public class RedlineTests
{
    private static readonly DateTimeOffset Fixed = new(2003, 4, 24, 0, 0, 0, TimeSpan.Zero);

    private static DocumentChanges Edited() => DocumentDiff.Compare(
        Parse(Compensation),
        Parse(Compensation
            .Replace("235,096", "241,000")
            .Replace("leads the audit committee", "chairs the audit committee")
            .Replace("# Executive Compensation", "Gary Simon has served as a director since 2003.\n\n# Executive Compensation")
            .Replace("row 1: President", "row 3: Paul Koyama | 2002 | 193,455 | —\nrow 1: President")));

    [Fact]
    public void The_blackline_marks_insertions_deletions_changed_cells_and_opens_with_the_summary()
    {
        var html = BlacklineHtmlWriter.Write(Edited(), "draft 1", "draft 2");

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("text-decoration-style: double", html);
        Assert.Contains("<del>leads</del><ins>chairs</ins>", html);
        Assert.Contains("<td class=\"chg\" style=\"text-align:right\"><del>235,096</del><ins>241,000</ins></td>", html);
        Assert.Contains("<li>Summary Compensation Table — Karen Clark, 2002, Salary ($): 235,096 → 241,000</li>", html);
        Assert.Contains("class=\"ins-row\"", html);
        Assert.True(html.IndexOf("Changed figures", StringComparison.Ordinal) < html.IndexOf("<main>", StringComparison.Ordinal));
    }

    [Fact]
    public void The_blackline_of_an_unchanged_document_says_so()
    {
        var html = BlacklineHtmlWriter.Write(DocumentDiff.Compare(Parse(Compensation), Parse(Compensation)), "a", "b");

        Assert.Contains("No changes.", html);
        Assert.DoesNotContain("<ins>", html[html.IndexOf("<main>", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void The_tracked_changes_document_passes_the_OpenXml_validator()
    {
        var bytes = TrackedChangesDocxWriter.Write(Edited(), "draft 1", "draft 2", Fixed);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_tracked_changes_are_by_FilingForge_at_the_fixed_time_with_ids_counting_from_one()
    {
        var xml = DocumentXml(TrackedChangesDocxWriter.Write(Edited(), "draft 1", "draft 2", Fixed));

        Assert.Contains("<w:del w:author=\"FilingForge\" w:date=\"2003-04-24T00:00:00Z\" w:id=\"1\">", xml);
        Assert.Contains("<w:delText xml:space=\"preserve\">leads</w:delText>", xml);
        Assert.Contains("<w:t xml:space=\"preserve\">chairs</w:t>", xml);
        Assert.Contains("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E0E0E0\" />", xml);
    }

    [Fact]
    public void The_tracked_changes_document_is_byte_identical_on_every_run()
    {
        var first = TrackedChangesDocxWriter.Write(Edited(), "draft 1", "draft 2", Fixed);
        var second = TrackedChangesDocxWriter.Write(Edited(), "draft 1", "draft 2", Fixed);

        Assert.Equal(first, second);
    }

    [ToolFact("soffice", Install = "apt-get install libreoffice-writer-nogui")]
    public void LibreOffice_opens_the_tracked_changes_document_and_converts_it()
    {
        var folder = Directory.CreateTempSubdirectory("filingforge-redline-");
        try
        {
            var docx = Path.Combine(folder.FullName, "redline.docx");
            File.WriteAllBytes(docx, TrackedChangesDocxWriter.Write(Edited(), "draft 1", "draft 2", Fixed));
            var result = ExternalTool.Run("soffice",
                ["-env:UserInstallation=file://" + Path.Combine(folder.FullName, "profile"), "--headless", "--convert-to", "pdf", "--outdir", folder.FullName, docx],
                timeoutSeconds: 180);

            var pdf = Path.Combine(folder.FullName, "redline.pdf");
            Assert.True(File.Exists(pdf), $"exit {result.ExitCode}: {result.StandardOutput} {result.StandardError}");
            Assert.True(new FileInfo(pdf).Length > 1000);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }
}
