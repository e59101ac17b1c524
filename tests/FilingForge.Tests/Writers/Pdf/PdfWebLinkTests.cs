using System.Text;
using System.Text.RegularExpressions;
using FilingForge.Tests.Compilation;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Pdf;

/// <summary>
/// A web address printed in the sample's PDFs is a link annotation with a URI action, read back by qpdf, and belongs
/// to a <c>Link</c> structure element (an OBJR beside its text), read back by poppler.
/// </summary>
public sealed partial class PdfWebLinkTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private const string Install = "apt-get install poppler-utils qpdf";

    private string Card => Path.Combine(sample.OutputDirectory, "proxy-card.pdf");
    private string Statement => Path.Combine(sample.OutputDirectory, "proxy-statement.pdf");

    [ToolFact("qpdf", Install = Install)]
    public void The_proxy_cards_internet_voting_address_is_a_link_annotation_opening_that_address()
    {
        Assert.True(sample.Result.Succeeded);
        var annotations = WebLinks(Uncompressed(Card));
        Assert.Contains("http://www.eproxy.com/cpst", annotations.Keys);
        Assert.Contains("http://www.microturbine.com/ir", annotations.Keys);
        Assert.All(annotations.Values, a => Assert.Matches(@"/Subtype /Link", a));
        Assert.All(annotations.Values, a => Assert.Matches(@"/StructParent \d+", a));
        Assert.Contains("/Contents (http://www.eproxy.com/cpst)", annotations["http://www.eproxy.com/cpst"]);
    }

    [ToolFact("qpdf", Install = Install)]
    public void A_www_address_of_the_proxy_statement_opens_its_http_address()
    {
        Assert.True(sample.Result.Succeeded);
        var annotations = WebLinks(Uncompressed(Statement));
        Assert.Contains("http://www.proxyvote.com", annotations.Keys);
        Assert.Contains("http://www.sec.gov", annotations.Keys);
    }

    [ToolFact("pdfinfo", Install = Install)]
    public void The_address_is_a_Link_element_holding_its_text_and_its_annotation()
    {
        Assert.True(sample.Result.Succeeded);
        var result = ExternalTool.Run(ExternalTool.Require("pdfinfo", Install), ["-struct-text", Card]);
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"Link \(inline\)\s+""http://www\.eproxy\.com/cpst""\s+Object \d+ 0", result.StandardOutput);
    }

    [ToolFact("qpdf", Install = Install)]
    public void The_linked_PDFs_pass_qpdfs_check()
    {
        Assert.True(sample.Result.Succeeded);
        foreach (var pdf in new[] { Card, Statement })
        {
            var result = ExternalTool.Run(ExternalTool.Require("qpdf", Install), ["--check", pdf]);
            Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        }
    }

    /// <summary>Each annotation with a URI action, by its URI (qpdf's QDF form writes one key a line).</summary>
    private static Dictionary<string, string> WebLinks(string qdf) =>
        Annotations().Matches(qdf).Select(m => m.Value)
            .Select(a => (Uri: UriOf().Match(a), Text: a)).Where(a => a.Uri.Success)
            .GroupBy(a => a.Uri.Groups[1].Value).ToDictionary(g => g.Key, g => g.First().Text);

    private static string Uncompressed(string pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), "filingforge-qdf-" + Guid.NewGuid().ToString("N") + ".pdf");
        try
        {
            var result = ExternalTool.Run(ExternalTool.Require("qpdf", Install), ["--qdf", "--object-streams=disable", pdf, path]);
            Assert.True(result.ExitCode == 0, result.StandardError);
            return Encoding.UTF8.GetString(File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex(@"\n\d+ 0 obj\n<<\n  /A <<.*?\nendobj", RegexOptions.Singleline)]
    private static partial Regex Annotations();

    [GeneratedRegex(@"/S /URI\s+/Type /Action\s+/URI \(([^)]*)\)")]
    private static partial Regex UriOf();
}
