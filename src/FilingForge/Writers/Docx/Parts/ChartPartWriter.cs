using System.Globalization;
using DocumentFormat.OpenXml;
using FilingForge.Document;
using FilingForge.Writers.Charts;
using FilingForge.Writers.Docx.Rendering;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace FilingForge.Writers.Docx.Parts;

/// <summary>
/// The DrawingML line chart of a chart part. Every series carries its values in a cache (c:strCache, c:numCache), so
/// Word and LibreOffice draw it without opening the embedded workbook; the formulas point into that workbook
/// (<see cref="ChartWorkbookWriter"/>), so "Edit Data" in Word opens the same numbers.
/// </summary>
internal static partial class ChartPartWriter
{
    private const uint CategoryAxisId = 500100001;
    private const uint ValueAxisId = 500100002;

    public static C.ChartSpace Build(Chart chart, DocxLook look, DocxState state, string? workbookRelationshipId)
    {
        var space = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "en-US" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.AutoTitleDeleted { Val = true },
                new C.PlotArea(new C.Layout(), LineChart(chart, look, state), CategoryAxis(look), ValueAxis(chart, look)),
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }),
            new C.ChartShapeProperties(new A.NoFill(), new A.Outline(new A.NoFill())),
            TextProperties(look, 800));
        if (workbookRelationshipId is not null)
            space.AppendChild(new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = workbookRelationshipId });
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    private static C.LineChart LineChart(Chart chart, DocxLook look, DocxState state)
    {
        var lineChart = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            if (series.Values.Count != chart.Categories.Count)
                state.Report(DocxDiagnostics.ChartSeriesLength, chart.Id, series.Name, series.Values.Count, chart.Categories.Count);
            var colors = look.Theme.Colors.ChartSeries;
            var color = colors.Count > 0 ? colors[i % colors.Count] : "000000";
            lineChart.AppendChild(Series(chart, i, color));
        }

        lineChart.Append(
            new C.ShowMarker { Val = true },
            new C.AxisId { Val = CategoryAxisId },
            new C.AxisId { Val = ValueAxisId });
        return lineChart;
    }

    private static C.LineChartSeries Series(Chart chart, int index, string color)
    {
        var series = chart.Series[index];
        var column = WorkbookColumn(index + 1);
        var last = DocxUnits.Text(chart.Categories.Count + 1);
        return new C.LineChartSeries(
            new C.Index { Val = (uint)index },
            new C.Order { Val = (uint)index },
            new C.SeriesText(new C.StringReference(
                new C.Formula($"Sheet1!${column}$1"),
                new C.StringCache(new C.PointCount { Val = 1U }, new C.StringPoint(new C.NumericValue(series.Name)) { Index = 0U }))),
            new C.ChartShapeProperties(Line(color, 28575)),
            new C.Marker(
                new C.Symbol { Val = Symbol(ChartMarkers.For(index)) },
                new C.Size { Val = 6 },
                new C.ChartShapeProperties(new A.SolidFill(Rgb(color)), Line(color, 9525))),
            new C.CategoryAxisData(new C.StringReference(new C.Formula($"Sheet1!$A$2:$A${last}"), Categories(chart.Categories))),
            new C.Values(new C.NumberReference(new C.Formula($"Sheet1!${column}$2:${column}${last}"), Numbers(series.Values, chart.Categories.Count))),
            new C.Smooth { Val = false });
    }

    /// <summary>The DrawingML symbol of the series' marker, which every format shares.</summary>
    private static C.MarkerStyleValues Symbol(ChartMarker marker) => marker switch
    {
        ChartMarker.Square => C.MarkerStyleValues.Square,
        ChartMarker.Triangle => C.MarkerStyleValues.Triangle,
        ChartMarker.Diamond => C.MarkerStyleValues.Diamond,
        _ => C.MarkerStyleValues.Circle,
    };

    private static C.StringCache Categories(IReadOnlyList<string> categories)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)categories.Count });
        for (var i = 0; i < categories.Count; i++)
            cache.AppendChild(new C.StringPoint(new C.NumericValue(categories[i])) { Index = (uint)i });
        return cache;
    }

    private static C.NumberingCache Numbers(IReadOnlyList<decimal> values, int count)
    {
        var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)count });
        for (var i = 0; i < Math.Min(count, values.Count); i++)
            cache.AppendChild(new C.NumericPoint(new C.NumericValue(values[i].ToString(CultureInfo.InvariantCulture))) { Index = (uint)i });
        return cache;
    }

    /// <summary>Spreadsheet column letters: 1 → B is the first series (column A holds the categories).</summary>
    public static string WorkbookColumn(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}
