using System.Globalization;
using FilingForge.Document;
using FilingForge.Writers.Charts;
using FilingForge.Writers.Html.Styles;

namespace FilingForge.Writers.Html.Preview;

/// <summary>
/// Draws a <see cref="Chart"/> as inline SVG: a value axis with round ticks and grid lines, one category tick per
/// period, one polyline with markers per series in the theme's series colours (a different marker shape per series,
/// so the chart also reads in black and white), and a legend. Each marker has a tooltip with its value.
/// </summary>
public static class SvgLineChart
{
    private const double Width = 640;
    private const double Left = 64;
    private const double Right = 24;
    private const double Top = 16;
    private const double PlotHeight = 260;
    private const double Bottom = Top + PlotHeight;
    private const double LegendTop = Bottom + 44;
    private const double LegendLine = 20;
    private const double FontSize = 11;

    public static void Write(HtmlRenderer renderer, Chart chart)
    {
        var count = chart.Categories.Count;
        if (count == 0 || chart.Series.Count == 0)
        {
            Report(renderer, chart, "it has no categories or no series; only its data table is shown");
            return;
        }

        foreach (var series in chart.Series.Where(s => s.Values.Count != count))
            Report(renderer, chart, $"series '{series.Name}' has {series.Values.Count} values for {count} categories; the extra positions are not drawn");

        var scale = ChartScale.For(chart);
        var palette = Palette(renderer);
        var legend = LegendLayout(chart.Series);
        var height = LegendTop + legend.Lines * LegendLine;
        var output = renderer.Output;

        output.Open("svg").Attribute("xmlns", "http://www.w3.org/2000/svg")
            .Attribute("viewBox", $"0 0 {N(Width)} {N(height)}").Attribute("width", N(Width)).Attribute("height", N(height))
            .Attribute("role", "img").Attribute("aria-label", chart.Title)
            .Attribute("font-size", N(FontSize)).Attribute("fill", palette.Text).EndOpen().Line();
        output.Tag("title").Text(chart.Title).Close("title").Line();
        WriteValueAxis(output, scale, chart.ValueAxisTitle, palette);
        WriteCategoryAxis(output, chart.Categories, palette);
        for (var i = 0; i < chart.Series.Count; i++) WriteSeries(output, chart, i, scale, palette.SeriesColor(i));
        WriteLegend(output, chart.Series, legend, palette);
        output.Close("svg").Line();
    }

    private static void WriteValueAxis(HtmlOutput output, ChartScale scale, string title, ChartPalette palette)
    {
        output.Open("g").Attribute("stroke", palette.Grid).Attribute("stroke-width", "1").EndOpen().Line();
        foreach (var tick in scale.Ticks())
        {
            var y = N(Y(scale, tick));
            output.Raw($"<line x1=\"{N(Left)}\" y1=\"{y}\" x2=\"{N(Width - Right)}\" y2=\"{y}\"/>").Line();
        }

        output.Close("g").Line();
        output.Open("g").Attribute("text-anchor", "end").EndOpen().Line();
        foreach (var tick in scale.Ticks())
            output.Raw($"<text x=\"{N(Left - 6)}\" y=\"{N(Y(scale, tick) + FontSize / 3)}\">").Text(N(tick)).Close("text").Line();
        output.Close("g").Line();
        output.Raw($"<line x1=\"{N(Left)}\" y1=\"{N(Top)}\" x2=\"{N(Left)}\" y2=\"{N(Bottom)}\" stroke=\"{palette.Axis}\"/>").Line();
        if (title.Length > 0)
        {
            output.Raw($"<text transform=\"rotate(-90)\" x=\"{N(-(Top + PlotHeight / 2))}\" y=\"{N(FontSize + 2)}\" text-anchor=\"middle\">")
                .Text(title).Close("text").Line();
        }
    }

    private static void WriteCategoryAxis(HtmlOutput output, IReadOnlyList<string> categories, ChartPalette palette)
    {
        output.Raw($"<line x1=\"{N(Left)}\" y1=\"{N(Bottom)}\" x2=\"{N(Width - Right)}\" y2=\"{N(Bottom)}\" stroke=\"{palette.Axis}\"/>").Line();
        output.Open("g").Attribute("text-anchor", "middle").EndOpen().Line();
        for (var i = 0; i < categories.Count; i++)
        {
            var x = N(X(i, categories.Count));
            output.Raw($"<line x1=\"{x}\" y1=\"{N(Bottom)}\" x2=\"{x}\" y2=\"{N(Bottom + 5)}\" stroke=\"{palette.Axis}\"/>").Line();
            output.Raw($"<text x=\"{x}\" y=\"{N(Bottom + 8 + FontSize)}\">").Text(categories[i]).Close("text").Line();
        }

        output.Close("g").Line();
    }

    private static void WriteSeries(HtmlOutput output, Chart chart, int index, ChartScale scale, string color)
    {
        var series = chart.Series[index];
        var count = Math.Min(series.Values.Count, chart.Categories.Count);
        var points = Enumerable.Range(0, count)
            .Select(i => $"{N(X(i, chart.Categories.Count))},{N(Y(scale, (double)series.Values[i]))}");
        output.Open("g").Attribute("fill", color).Attribute("stroke", color).EndOpen().Line();
        output.Raw($"<polyline fill=\"none\" stroke-width=\"2\" points=\"{string.Join(" ", points)}\"/>").Line();
        for (var i = 0; i < count; i++)
        {
            Marker(output, index, X(i, chart.Categories.Count), Y(scale, (double)series.Values[i]));
            output.Tag("title").Text($"{series.Name}, {chart.Categories[i]}: {series.Values[i].ToString(CultureInfo.InvariantCulture)}").Close("title");
            output.Close(MarkerElement(index)).Line();
        }

        output.Close("g").Line();
    }

    /// <summary>The series' marker (<see cref="ChartMarkers"/>, as in every format): opens the marker element, leaving it open for its tooltip.</summary>
    private static void Marker(HtmlOutput output, int series, double x, double y)
    {
        const double r = 3.5;
        switch (ChartMarkers.For(series))
        {
            case ChartMarker.Circle:
                output.Raw($"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(r)}\">");
                break;
            case ChartMarker.Square:
                output.Raw($"<rect x=\"{N(x - r)}\" y=\"{N(y - r)}\" width=\"{N(2 * r)}\" height=\"{N(2 * r)}\">");
                break;
            case ChartMarker.Triangle:
                output.Raw($"<polygon points=\"{N(x)},{N(y - r - 1)} {N(x + r + 0.5)},{N(y + r)} {N(x - r - 0.5)},{N(y + r)}\">");
                break;
            default:
                output.Raw($"<polygon points=\"{N(x)},{N(y - r - 1)} {N(x + r + 1)},{N(y)} {N(x)},{N(y + r + 1)} {N(x - r - 1)},{N(y)}\">");
                break;
        }
    }

    private static string MarkerElement(int series) => ChartMarkers.For(series) switch
    {
        ChartMarker.Circle => "circle",
        ChartMarker.Square => "rect",
        _ => "polygon",
    };

    private sealed record LegendItem(double X, int Line);

    private sealed record Legend(IReadOnlyList<LegendItem> Items, int Lines);

    /// <summary>Legend entries left to right, wrapping to a new line when the next would run past the chart's width.</summary>
    private static Legend LegendLayout(IReadOnlyList<ChartSeries> series)
    {
        var items = new List<LegendItem>();
        double x = Left;
        var line = 0;
        foreach (var s in series)
        {
            var width = 30 + s.Name.Length * FontSize * 0.55 + 20;
            if (x > Left && x + width > Width - Right)
            {
                x = Left;
                line++;
            }

            items.Add(new LegendItem(x, line));
            x += width;
        }

        return new Legend(items, line + 1);
    }

    private static void WriteLegend(HtmlOutput output, IReadOnlyList<ChartSeries> series, Legend legend, ChartPalette palette)
    {
        for (var i = 0; i < series.Count; i++)
        {
            var item = legend.Items[i];
            var y = LegendTop - LegendLine / 2 + item.Line * LegendLine;
            var color = palette.SeriesColor(i);
            output.Open("g").Attribute("fill", color).Attribute("stroke", color).EndOpen();
            output.Raw($"<line x1=\"{N(item.X)}\" y1=\"{N(y)}\" x2=\"{N(item.X + 24)}\" y2=\"{N(y)}\" stroke-width=\"2\"/>");
            Marker(output, i, item.X + 12, y);
            output.Close(MarkerElement(i)).Close("g");
            output.Raw($"<text x=\"{N(item.X + 30)}\" y=\"{N(y + FontSize / 3)}\">").Text(series[i].Name).Close("text").Line();
        }
    }

    /// <summary>Each category in the middle of its own slot, as the PDF and Word draw it (a point never sits on the value axis).</summary>
    private static double X(int index, int count) => Left + (index + 0.5) * (Width - Left - Right) / count;

    private static double Y(ChartScale scale, double value) => Bottom - scale.Fraction(value) * PlotHeight;

    private static string N(double value) => CssValues.Number(value);

    private static ChartPalette Palette(HtmlRenderer renderer) =>
        new(renderer.Styles.TextColor, renderer.Styles.RuleColor, renderer.Styles.SeriesColors);

    private static void Report(HtmlRenderer renderer, Chart chart, string problem) =>
        renderer.Diagnostics.Report(HtmlDiagnostics.ChartShape, renderer.Location, chart.Id, problem);

    private sealed record ChartPalette(string Text, string Axis, IReadOnlyList<string> Series)
    {
        public string Grid => "#d9d9d9";

        public string SeriesColor(int index) => Series[index % Series.Count];
    }
}
