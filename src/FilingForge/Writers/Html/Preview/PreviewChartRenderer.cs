using FilingForge.Document;
using FilingForge.Writers.Html.Renderers;

namespace FilingForge.Writers.Html.Preview;

/// <summary>The performance graph as a figure: its title, an inline SVG line chart, then its data table.</summary>
public sealed class PreviewChartRenderer : HtmlBlockRenderer<Chart>
{
    protected override void Write(HtmlRenderer renderer, Chart chart)
    {
        var output = renderer.Output;
        output.Open("figure");
        renderer.Id(chart.Id, "chart");
        output.Attribute("class", "chart").EndOpen().Line();
        output.Open("figcaption");
        renderer.Style(renderer.Styles.ChartTitle);
        output.EndOpen().Text(chart.Title).Close("figcaption").Line();
        SvgLineChart.Write(renderer, chart);
        output.Close("figure").Line();
        TableRenderer.WriteTable(renderer, chart.DataTable, withId: chart.DataTable.Id != chart.Id);
    }
}
