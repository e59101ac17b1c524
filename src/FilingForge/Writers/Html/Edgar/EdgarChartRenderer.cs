using FilingForge.Document;
using FilingForge.Writers.Html.Renderers;

namespace FilingForge.Writers.Html.Edgar;

/// <summary>
/// EDGAR cannot carry a drawn chart (no SVG, and figures must never exist only as an image), so the performance
/// graph is its title, a legend saying it is a line chart in the printed material (as the seed filing does) and
/// its data table.
/// </summary>
public sealed class EdgarChartRenderer : HtmlBlockRenderer<Chart>
{
    public const string Legend = "[Performance graph represented as a line chart in the printed material]";

    protected override void Write(HtmlRenderer renderer, Chart chart)
    {
        var output = renderer.Output;
        output.Open("div");
        renderer.Id(chart.Id, "chart");
        output.EndOpen().Line();
        output.Open("p");
        renderer.Style(renderer.Styles.Paragraph, renderer.Styles.ChartTitle);
        output.EndOpen().Text(chart.Title).Close("p").Line();
        output.Open("p");
        renderer.Style(renderer.Styles.Paragraph, renderer.Styles.ChartLegend);
        output.EndOpen().Text(Legend).Close("p").Line();
        TableRenderer.WriteTable(renderer, chart.DataTable, withId: chart.DataTable.Id != chart.Id);
        output.Close("div").Line();
    }
}
