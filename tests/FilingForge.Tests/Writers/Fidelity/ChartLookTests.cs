using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FilingForge.Document;
using FilingForge.Tests.Support;
using FilingForge.Tests.Writers.Docx;
using FilingForge.Tests.Writers.Html;
using FilingForge.Tests.Writers.Pdf;
using FilingForge.Writers.Charts;
using FilingForge.Writers.Pdf.Layout;

namespace FilingForge.Tests.Writers.Fidelity;

/// <summary>
/// Issue 15 item 8: the performance graph looked different in each format (markers in different orders, the value
/// axis 0–100 in the PDF and 0–120 in Word). Each writer is read back here and must draw the one scale and the one
/// marker order of <see cref="ChartScale"/> and <see cref="ChartMarkers"/>.
/// </summary>
public sealed class ChartLookTests
{
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private static readonly Chart Graph = HtmlTestDocuments.PerformanceGraph() with
    {
        // A fourth series, so the order is checked past the third shape too.
        Series = [.. HtmlTestDocuments.PerformanceGraph().Series, new ChartSeries("Fourth", [100m, 90m, 80m, 70m, 60m, 50m])],
    };

    private static readonly string[] ExpectedTicks = ["0", "20", "40", "60", "80", "100"];

    private static readonly ChartMarker[] ExpectedMarkers = [ChartMarker.Square, ChartMarker.Triangle, ChartMarker.Diamond, ChartMarker.Circle];

    [Fact]
    public void The_shared_scale_of_the_sample_graph_runs_from_0_to_100_in_steps_of_20()
    {
        var scale = ChartScale.For(Graph);

        Assert.Equal(ExpectedTicks, scale.Ticks().Select(Label));
    }

    [Fact]
    public void The_pdf_draws_the_shared_ticks_and_markers()
    {
        var (pages, _) = PdfTestDocuments.LayOut(PdfTestDocuments.Of(Graph));
        var items = pages[0].Items;

        Assert.Equal(ExpectedTicks, PdfTicks(items));
        Assert.Equal(ExpectedMarkers, Graph.Series.Select(s => PdfLegendMarker(items, s.Name)));
    }

    [Fact]
    public void The_word_chart_states_the_shared_range_step_and_markers()
    {
        var chart = DocxPackage.Write(PdfTestDocuments.Of(Graph)).Xml("word/charts/chart1.xml");
        var axis = chart.Descendants(C + "valAx").Single();

        Assert.Equal("0", axis.Descendants(C + "min").Single().Attribute("val")!.Value);
        Assert.Equal("100", axis.Descendants(C + "max").Single().Attribute("val")!.Value);
        Assert.Equal("20", axis.Element(C + "majorUnit")!.Attribute("val")!.Value);
        Assert.Equal(
            ["square", "triangle", "diamond", "circle"],
            chart.Descendants(C + "ser").Select(s => s.Element(C + "marker")!.Element(C + "symbol")!.Attribute("val")!.Value));
    }

    [Fact]
    public void The_preview_svg_draws_the_shared_ticks_and_markers()
    {
        var html = HtmlWriterTestKit.Preview(HtmlWriterTestKit.DocumentOf(Graph)).Html;
        var ticks = Regex.Match(html, "<g text-anchor=\"end\">(.*?)</g>", RegexOptions.Singleline).Groups[1].Value;
        var legend = Regex.Matches(html, "stroke-width=\"2\"/><(rect|circle|polygon)(?: points=\"([^\"]*)\")?");

        Assert.Equal(ExpectedTicks, Regex.Matches(ticks, ">([^<]+)</text>").Select(m => m.Groups[1].Value));
        Assert.Equal(ExpectedMarkers, legend.Select(SvgMarker));
    }

    private static IEnumerable<string> PdfTicks(IReadOnlyList<LayoutItem> items)
    {
        var texts = items.OfType<TextItem>().Select(t => t.Text).ToList();
        var start = texts.IndexOf(Graph.ValueAxisTitle) + 1;
        var end = texts.IndexOf(Graph.Categories[0]);
        return texts.GetRange(start, end - start);
    }

    /// <summary>The legend draws each series' marker just before its name.</summary>
    private static ChartMarker PdfLegendMarker(IReadOnlyList<LayoutItem> items, string name)
    {
        var index = items.ToList().FindIndex(i => i is TextItem t && t.Text == name);
        return items[index - 1] switch
        {
            BoxItem => ChartMarker.Square,
            PathItem { Points.Count: 3 } => ChartMarker.Triangle,
            PathItem { Points.Count: 4 } => ChartMarker.Diamond,
            PathItem => ChartMarker.Circle,
            var other => throw new InvalidOperationException($"no marker before '{name}': {other}"),
        };
    }

    private static ChartMarker SvgMarker(Match marker) => marker.Groups[1].Value switch
    {
        "rect" => ChartMarker.Square,
        "circle" => ChartMarker.Circle,
        _ => marker.Groups[2].Value.Split(' ').Length == 3 ? ChartMarker.Triangle : ChartMarker.Diamond,
    };

    private static string Label(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
