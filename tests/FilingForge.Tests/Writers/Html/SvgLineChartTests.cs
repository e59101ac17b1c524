using FilingForge.Document;
using FilingForge.Writers.Charts;
using FilingForge.Writers.Html.Preview;
using static FilingForge.Tests.Writers.Html.HtmlWriterTestKit;

namespace FilingForge.Tests.Writers.Html;

public sealed class SvgLineChartTests
{
    [Theory]
    [InlineData(new[] { 100.0, 62, 49, 12, 4, 2 }, 0, 100, 20)]
    [InlineData(new[] { 100.0, 62.5, 54 }, 0, 100, 20)]
    [InlineData(new[] { -5.0, 30 }, -10, 30, 10)]
    [InlineData(new[] { 0.0, 0.3 }, 0, 0.3, 0.1)]
    [InlineData(new[] { 7.0, 7 }, 0, 8, 2)]
    [InlineData(new double[0], 0, 1, 0.2)]
    public void The_value_axis_has_round_steps_and_includes_zero(double[] values, double minimum, double maximum, double step)
    {
        var scale = ChartScale.Covering(values);

        Assert.Equal(minimum, scale.Minimum, 9);
        Assert.Equal(maximum, scale.Maximum, 9);
        Assert.Equal(step, scale.Step, 9);
    }

    [Fact]
    public void Extreme_and_negative_values_draw_without_failing()
    {
        var chart = HtmlTestDocuments.PerformanceGraph() with
        {
            Categories = ["a", "b"],
            Series = [new ChartSeries("huge", [decimal.MaxValue, decimal.MinValue]), new ChartSeries("tiny", [0.001m, -0.001m])],
        };

        var rendered = Preview(DocumentOf(chart));

        Assert.Empty(rendered.Diagnostics);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(rendered.Html, "<polyline").Count);
        Assert.DoesNotContain("\"-0\"", rendered.Html);
        Assert.DoesNotContain("NaN", rendered.Html);
        Assert.DoesNotContain("Infinity", rendered.Html);
    }

    [Fact]
    public void A_single_category_is_drawn_in_the_middle_and_many_series_wrap_the_legend()
    {
        var chart = HtmlTestDocuments.PerformanceGraph() with
        {
            Categories = ["Dec-02"],
            Series = Enumerable.Range(1, 9).Select(i => new ChartSeries($"A rather long series name {i}", [i * 10m])).ToArray(),
        };

        var rendered = Preview(DocumentOf(chart));

        Assert.Empty(rendered.Diagnostics);
        Assert.Contains("<circle cx=\"340\"", rendered.Html);
        Assert.Matches("viewBox=\"0 0 640 (\\d+)\"", rendered.Html);
        var height = int.Parse(System.Text.RegularExpressions.Regex.Match(rendered.Html, "viewBox=\"0 0 640 (\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(height > 340, $"legend of nine long names should wrap onto more lines (height {height})");
    }
}
