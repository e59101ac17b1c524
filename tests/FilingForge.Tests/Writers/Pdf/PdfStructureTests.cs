using System.Text;
using System.Text.RegularExpressions;
using FilingForge.Compilation;
using FilingForge.Tests.Compilation;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Pdf;

/// <summary>
/// The sample's PDFs for readers and machines, read back by real components: poppler's structure tree
/// (<c>pdfinfo -struct-text</c>), qpdf's uncompressed object dump for the parent tree, the catalog and the XMP packet.
/// </summary>
public sealed partial class PdfStructureTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private const string Install = "apt-get install poppler-utils qpdf";

    private string Statement => Path.Combine(sample.OutputDirectory, "proxy-statement.pdf");
    private string Card => Path.Combine(sample.OutputDirectory, "proxy-card.pdf");

    [ToolFact("pdfinfo", Install = Install)]
    public void The_proxy_statement_is_tagged_with_its_headings_in_document_order()
    {
        Assert.True(sample.Result.Succeeded);
        var info = ExternalTool.Run(ExternalTool.Require("pdfinfo", Install), [Statement]).StandardOutput;
        Assert.Matches(@"Tagged:\s+yes", info);
        var headings = Headings(StructureText(Statement));
        Assert.True(headings.Count >= 20, $"only {headings.Count} headings in the structure tree");
        Assert.Equal("Notice of Annual Meeting of Stockholders", headings[0]);
        Assert.True(headings.IndexOf("Proxy Statement") < headings.IndexOf("Information About the Annual Meeting"));
    }

    [ToolFact("pdfinfo", Install = Install)]
    public void The_proxy_statements_tables_have_column_header_cells_and_the_graph_is_a_figure_with_alternative_text()
    {
        Assert.True(sample.Result.Succeeded);
        var tree = StructureText(Statement);
        Assert.Contains("Table (block)", tree);
        Assert.Matches(@"TH:\s+/Scope /Column\s+""Name""", tree);
        Assert.Contains("\"Eliot G. Protsch", tree);
        var structure = ExternalTool.Run(ExternalTool.Require("pdfinfo", Install), ["-struct", Statement]).StandardOutput;
        Assert.Contains("Figure", structure);
        var qdf = Uncompressed(Statement);
        var alt = Assert.Single(AltTexts().Matches(qdf).Select(m => m.Groups[1].Value));
        Assert.StartsWith("Line graph: Comparison of Cumulative Total Return.", alt);
        Assert.Contains("Capstone Turbine Corporation: 100 to", alt);
    }

    [ToolFact("qpdf", Install = Install)]
    public void Every_marked_content_id_of_every_page_is_referenced_once_by_the_parent_tree()
    {
        Assert.True(sample.Result.Succeeded);
        var qdf = Uncompressed(Statement);
        var pages = PageStructParents().Matches(qdf).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(pages);
        var mcidsPerContent = McidRuns().Matches(qdf).Count;
        Assert.True(mcidsPerContent > 500, $"{mcidsPerContent} marked-content sequences");
        // Each page's MCIDs run 0..n-1 in its content; its parent-tree array has exactly n entries.
        var (counted, arrays) = (0, 0);
        foreach (Match content in PageContents().Matches(qdf))
        {
            var ids = Mcid().Matches(content.Value).Select(m => int.Parse(m.Groups[1].Value)).ToList();
            Assert.Equal(Enumerable.Range(0, ids.Count), ids);
            counted += ids.Count;
        }

        foreach (Match array in ParentTreeArrays(qdf)) arrays += References().Matches(array.Value).Count;
        Assert.Equal(counted, arrays);
        var result = ExternalTool.Run(ExternalTool.Require("qpdf", Install), ["--check", Statement]);
        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
    }

    [ToolFact("qpdf", "pdfinfo", Install = Install)]
    public void The_catalog_names_the_language_and_the_XMP_packet_states_what_the_Info_dictionary_states()
    {
        Assert.True(sample.Result.Succeeded);
        foreach (var pdf in Directory.GetFiles(sample.OutputDirectory, "*.pdf"))
        {
            var qdf = Uncompressed(pdf);
            Assert.Contains("/Lang (en-US)", qdf);
            Assert.Matches(@"/MarkInfo <<\s*/Marked true\s*>>", qdf);
            var info = ExternalTool.Run(ExternalTool.Require("pdfinfo", Install), ["-isodates", pdf]).StandardOutput;
            string Field(string name) => Regex.Match(info, "^" + name + @":\s+(.*)$", RegexOptions.Multiline).Groups[1].Value.Trim();
            var xmp = ExternalTool.Run(ExternalTool.Require("pdfinfo", Install), ["-meta", pdf]).StandardOutput;
            Assert.Contains($"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{Field("Title")}</rdf:li>", xmp);
            Assert.Contains($"<dc:creator><rdf:Seq><rdf:li>{Field("Author")}</rdf:li>", xmp);
            Assert.Contains($"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{Field("Subject")}</rdf:li>", xmp);
            Assert.Contains($"<xmp:CreatorTool>{Field("Creator")}</xmp:CreatorTool>", xmp);
            Assert.Contains($"<pdf:Producer>{Field("Producer")}</pdf:Producer>", xmp);
            var created = DateTimeOffset.Parse(Field("CreationDate"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(created, DateTimeOffset.Parse(Regex.Match(xmp, "<xmp:CreateDate>(.*?)</").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(created, DateTimeOffset.Parse(Regex.Match(xmp, "<xmp:ModifyDate>(.*?)</").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [ToolFact("qpdf", Install = Install)]
    public void The_proxy_card_has_an_outline_of_its_sections()
    {
        Assert.True(sample.Result.Succeeded);
        var qdf = Uncompressed(Card);
        Assert.Contains("/Outlines", qdf);
        Assert.Contains("/Title (PROXY)", qdf);
        Assert.Contains("/Dest /section-", qdf);
    }

    private static string StructureText(string pdf)
    {
        var result = ExternalTool.Run(ExternalTool.Require("pdfinfo", Install), ["-struct-text", pdf]);
        Assert.Equal(0, result.ExitCode);
        return result.StandardOutput;
    }

    private static List<string> Headings(string tree)
    {
        var lines = tree.Split('\n');
        var headings = new List<string>();
        for (var i = 0; i + 1 < lines.Length; i++)
            if (Regex.IsMatch(lines[i], @"^\s*H[1-6] \(block\)$")) headings.Add(lines[i + 1].Trim().Trim('"'));
        return headings;
    }

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

    /// <summary>The parent tree's per-page arrays: the arrays its /Nums points at are the objects that are bare arrays of references.</summary>
    private static IEnumerable<Match> ParentTreeArrays(string qdf)
    {
        var nums = Regex.Match(qdf, @"/Nums \[(.*?)\]", RegexOptions.Singleline).Groups[1].Value;
        var pairs = Regex.Matches(nums, @"(\d+)\s+(\d+) 0 R").Select(m => m.Groups[2].Value).ToHashSet();
        foreach (Match obj in Regex.Matches(qdf, @"\n(\d+) 0 obj\n(\[[^\]]*\])\nendobj"))
            if (pairs.Contains(obj.Groups[1].Value)) yield return obj;
    }

    [GeneratedRegex(@"/Alt \(((?:\\.|[^\\)])*)\)")]
    private static partial Regex AltTexts();

    [GeneratedRegex(@"/StructParents (\d+)")]
    private static partial Regex PageStructParents();

    [GeneratedRegex(@"<</MCID \d+>> BDC")]
    private static partial Regex McidRuns();

    [GeneratedRegex(@"<</MCID (\d+)>> BDC")]
    private static partial Regex Mcid();

    [GeneratedRegex(@"%% Contents for page \d+.*?endstream", RegexOptions.Singleline)]
    private static partial Regex PageContents();

    [GeneratedRegex(@"\d+ 0 R")]
    private static partial Regex References();
}
