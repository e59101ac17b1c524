using System.Diagnostics;
using System.Globalization;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Writers.Pdf;

namespace FilingForge.Benchmarks;

/// <summary>
/// The PDF writer on a document of many thousand pages, as one process: pages, size, wall and CPU time, and peak
/// working set against the target (under 200 MB for 10,000 pages). BenchmarkDotNet's repeated runs do not fit a
/// measurement of one long write's memory, so this is a command:
/// <c>dotnet run -c Release --project benchmarks/FilingForge.Benchmarks -- long-pdf 14000</c>.
/// </summary>
public static class LongPdfMeasurement
{
    private const double PeakTargetMegabytes = 200;

    public static int Run(int pages)
    {
        var document = Synthetic(pages);
        var theme = new Compilation.FilingCompiler().LoadTheme(RepositoryRoot.Templates, new DiagnosticBag())
                    ?? throw new InvalidOperationException("templates/shared/theme.yaml did not load");
        var path = Path.Combine(Path.GetTempPath(), "filingforge-long.pdf");
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using (var file = File.Create(path)) new PdfWriter(DateTimeOffset.UnixEpoch).Write(document, theme, file, new DiagnosticBag());
        clock.Stop();
        process.Refresh();
        var peak = process.PeakWorkingSet64 / 1048576.0;
        var written = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(path, System.Text.Encoding.Latin1), "/Type /Page/").Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{written} pages: {new FileInfo(path).Length / 1048576.0:F1} MB in {clock.Elapsed.TotalSeconds:F1} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:F1} s CPU, peak working set {peak:F0} MB (target < {PeakTargetMegabytes:F0} MB)"));
        return peak < PeakTargetMegabytes ? 0 : 1;
    }

    /// <summary>About <paramref name="pages"/> pages: a heading, paragraphs and a 25-row table per section (blocks are shared).</summary>
    private static FilingDocument Synthetic(int pages)
    {
        var words = string.Join(" ", Enumerable.Range(0, 120).Select(i => i % 7 == 0 ? "stockholders" : i % 5 == 0 ? "Hydro-Québec" : "proxy"));
        var paragraph = new Paragraph([new TextRun("Jean-René " + words + ".")]);
        var table = new Table("t", [new TextRun("A Table")],
            [new TableColumn("name", ColumnKind.Text, TextAlignment.Left, 3), new TableColumn("amount", ColumnKind.Money, TextAlignment.Right, 1)],
            [new TableRow([Cell("Name"), Cell("Amount")])],
            Enumerable.Range(0, 25).Select(i => new TableRow([Cell("Person " + i.ToString(CultureInfo.InvariantCulture)), Cell("$" + (i * 1000).ToString("N0", CultureInfo.InvariantCulture))])).ToList(),
            []);
        var blocks = new List<Block>();
        for (var section = 0; section < pages; section++)
        {
            var number = section.ToString(CultureInfo.InvariantCulture);
            blocks.Add(new Heading(2, [new TextRun("Section " + number)], "s" + number));
            blocks.Add(paragraph);
            blocks.Add(paragraph);
            blocks.Add(section % 2 == 0 ? table : paragraph);
        }

        var properties = new DocumentProperties("Long document", "Benchmark", "FilingForge", "FilingForge", new DateOnly(2003, 4, 30), Preliminary: false);
        return new FilingDocument("long", properties, blocks);
    }

    private static TableCell Cell(string text) => new([new TextRun(text)]);
}
