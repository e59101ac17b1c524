using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Fidelity;

/// <summary>
/// The text a reader gets out of each output format, by an independent reader where there is one: poppler's
/// pdftotext for the PDF (in content-stream order, so a table reads cell by cell as it was set), the document XML's
/// text runs for the .docx, the markup without tags for the HTML files.
/// </summary>
public static partial class OutputText
{
    public const string PdfInstall = "apt-get install poppler-utils";
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static string OfPdf(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"filingforge-words-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var result = ExternalTool.Run(ExternalTool.Require("pdftotext", PdfInstall), ["-raw", "-enc", "UTF-8", path, "-"]);
            Assert.True(result.ExitCode == 0, $"pdftotext failed: {result.StandardError}");
            return result.StandardOutput;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Text runs of word/document.xml, a paragraph, tab or break between words; field codes and deletions are not text.</summary>
    public static string OfDocx(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        var text = new StringBuilder();
        foreach (var element in XDocument.Load(stream).Descendants())
        {
            if (element.Name == W + "t") text.Append(element.Value);
            else if (element.Name == W + "p" || element.Name == W + "tab" || element.Name == W + "br" || element.Name == W + "tc") text.Append(' ');
        }

        return text.ToString();
    }

    /// <summary>The markup's text: style sheets and scripts removed, every tag a word boundary, references decoded.</summary>
    public static string OfHtml(byte[] html)
    {
        var markup = Encoding.UTF8.GetString(html);
        markup = NotText().Replace(markup, " ");
        return WebUtility.HtmlDecode(Tag().Replace(markup, " "));
    }

    [GeneratedRegex(@"<(style|script)\b[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex NotText();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
