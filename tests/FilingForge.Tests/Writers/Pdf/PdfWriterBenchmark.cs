using System.Diagnostics;
using System.Globalization;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Writers.Pdf;
using Xunit.Abstractions;

namespace FilingForge.Tests.Writers.Pdf;

/// <summary>
/// Speed and memory of the PDF writer. Opt-in (FILINGFORGE_BENCHMARK=1, Release build) because it takes tens of
/// seconds; the figures go to the test output.
/// </summary>
public sealed class PdfWriterBenchmark(ITestOutputHelper output)
{
    private static bool Enabled => Environment.GetEnvironmentVariable("FILINGFORGE_BENCHMARK") == "1";

    [Fact]
    public void A_ten_thousand_page_document_is_written_with_a_bounded_working_set()
    {
        if (!Enabled) return;
        var document = Synthetic(pages: 14_000);
        var path = Path.Combine(Path.GetTempPath(), "filingforge-10k.pdf");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using (var file = File.Create(path)) new PdfWriter(DateTimeOffset.UnixEpoch).Write(document, PdfTestTheme.Create(), file, new DiagnosticBag());
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peak = process.PeakWorkingSet64 / (1024.0 * 1024);
        var used = process.TotalProcessorTime - cpu;
        var pages = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(path, System.Text.Encoding.Latin1), "/Type /Page/").Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pages} pages: {new FileInfo(path).Length / 1048576.0:F1} MB written in {clock.Elapsed.TotalSeconds:F1} s wall, {used.TotalSeconds:F1} s CPU, peak working set {peak:F0} MB"));
        Assert.True(peak < 200, $"peak working set {peak:F0} MB");
    }

    [Fact]
    public void The_all_nodes_document_is_laid_out_and_written_quickly_after_start_up()
    {
        if (!Enabled) return;
        var document = Tests.Support.AllNodesDocument.Load();
        new PdfWriter(DateTimeOffset.UnixEpoch).Write(document, PdfTestTheme.Create(), Stream.Null, new DiagnosticBag());
        var synthetic = Synthetic(pages: 60);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        new PdfWriter(DateTimeOffset.UnixEpoch).Write(synthetic, PdfTestTheme.Create(), Stream.Null, new DiagnosticBag());
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        // CPU time as well as wall time: on a shared machine the wall clock measures the neighbours.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"60-section document: {clock.Elapsed.TotalMilliseconds:F0} ms wall, {used.TotalMilliseconds:F0} ms CPU"));
    }

    /// <summary>About <paramref name="pages"/> pages: a heading, paragraphs and a table per section, repeated (blocks are shared).</summary>
    public static FilingDocument Synthetic(int pages)
    {
        var words = string.Join(" ", Enumerable.Range(0, 120).Select(i => i % 7 == 0 ? "stockholders" : i % 5 == 0 ? "Hydro-Québec" : "proxy"));
        var paragraph = new Paragraph([new TextRun("Jean-René " + words + ".")]);
        var table = PdfTestDocuments.Table(25);
        var blocks = new List<Block>();
        for (var section = 0; section < pages; section++)
        {
            blocks.Add(new Heading(2, [new TextRun("Section " + section.ToString(CultureInfo.InvariantCulture))], "s" + section.ToString(CultureInfo.InvariantCulture)));
            blocks.Add(paragraph);
            blocks.Add(paragraph);
            blocks.Add(section % 2 == 0 ? table : paragraph);
        }

        return PdfTestDocuments.Of(blocks.ToArray());
    }
}
