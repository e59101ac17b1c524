using FilingForge.Tests.Support;
using FilingForge.Tests.Writers.Docx;
using static FilingForge.Tests.Writers.Html.HtmlWriterTestKit;

namespace FilingForge.Tests.Writers.Html;

/// <summary>
/// The preview of the test documents and of every document of the sample checked by the W3C Nu HTML checker, and
/// looked at through headless Chromium.
/// </summary>
public sealed class ExternalCheckTests
{
    private const string NuChecker = "tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar";
    private const string NuInstall = "apt-get install default-jre-headless && npm ci --prefix tools/vnu --ignore-scripts";

    [ToolFact("java", Requires = NuChecker, Install = NuInstall)]
    public void The_preview_of_every_test_and_sample_document_passes_the_w3c_nu_html_checker_without_errors()
    {
        var java = ExternalTool.Require("java", NuInstall);
        var jar = RepositoryPaths.At(NuChecker);
        Assert.True(File.Exists(jar), $"{NuChecker} is missing: {NuInstall}");
        var folder = ArtifactsFolder("html-preview");
        var files = new List<string>();
        foreach (var document in CheckedDocuments())
        {
            var path = Path.Combine(folder, document.Name + ".html");
            File.WriteAllBytes(path, Preview(document).Bytes);
            files.Add(path);
        }

        var result = ExternalTool.Run(java, ["-jar", jar, "--errors-only", .. files]);

        Assert.True(result.ExitCode == 0, $"vnu reported errors:\n{result.StandardError}{result.StandardOutput}");
    }

    [ToolFact("chromium", Install = "apt-get install chromium")]
    public void Chromium_screenshots_the_first_page_of_the_preview_for_review()
    {
        var chromium = ExternalTool.Require("chromium", "apt-get install chromium");
        var folder = ArtifactsFolder("screenshots");
        foreach (var document in TestDocuments())
        {
            var html = Path.Combine(ArtifactsFolder("html-preview"), document.Name + ".html");
            File.WriteAllBytes(html, Preview(document).Bytes);
            var png = Path.Combine(folder, document.Name + "-preview.png");
            if (File.Exists(png)) File.Delete(png);

            Screenshot(chromium, html, png);

            Assert.True(File.Exists(png), $"chromium wrote no {png}");
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 10_000, $"{png} is too small to be a rendered page ({bytes.Length} bytes)");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
    }

    private static IEnumerable<FilingForge.Document.FilingDocument> TestDocuments() =>
    [
        AllNodesDocument.Load(),
        HtmlTestDocuments.AllNodes() with { Name = "all-nodes-extra" },
        HtmlTestDocuments.Hostile(),
    ];

    /// <summary>The test documents and every document of the sample filing (its appendix once skipped a heading rank).</summary>
    private static IEnumerable<FilingForge.Document.FilingDocument> CheckedDocuments() => [.. TestDocuments(), .. SampleFilingDocuments.All];

    /// <summary>One page of US Letter at 150 dpi, in a profile of its own that is deleted afterwards.</summary>
    private static void Screenshot(string chromium, string html, string png)
    {
        var profile = Directory.CreateTempSubdirectory("filingforge-chromium-");
        try
        {
            var result = ExternalTool.Run(chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                $"--user-data-dir={profile.FullName}", $"--screenshot={png}", "--window-size=1275,1650",
                new Uri(html).AbsoluteUri,
            ], timeoutSeconds: 120);
            Assert.True(result.ExitCode == 0, $"chromium failed ({result.ExitCode}):\n{result.StandardError}");
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
