using FilingForge.Document;

namespace FilingForge.Tests.Parsing;

public class ChartParsingTests
{
    private static Parse.Result Chart(string lines) =>
        Parse.Markdown($"Intro.\n\n~~~ ff-chart id=g\ntitle: Total Return\naxis: Value of \\$100\ncategories: Jun\\-00 | Dec\\-00 | Jun\\-01\n{lines}~~~\n");

    [Fact]
    public void Chart_reads_title_axis_categories_and_series_with_invariant_numbers()
    {
        var result = Chart("series: Capstone | 100 | 62.5 | -1,049.25\n");
        Assert.Empty(result.Reported);
        var chart = Assert.IsType<Chart>(result.Blocks[1]);
        Assert.Equal(("g", "Total Return", "Value of $100"), (chart.Id, chart.Title, chart.ValueAxisTitle));
        Assert.Equal(["Jun-00", "Dec-00", "Jun-01"], chart.Categories);
        Assert.Equal([100m, 62.5m, -1049.25m], Assert.Single(chart.Series).Values);
    }

    [Fact]
    public void Chart_data_table_has_no_caption_a_category_column_and_one_right_aligned_column_per_series()
    {
        var table = Assert.IsType<Chart>(Chart("series: A | 1 | 2 | 3\nseries: B | 4 | 5 | 6\n").Blocks[1]).DataTable;
        Assert.Equal("g-data", table.Id);
        Assert.Empty(table.Caption); // the writers set the chart's title above it; a caption would print it twice
        Assert.Equal([TextAlignment.Left, TextAlignment.Right, TextAlignment.Right], table.Columns.Select(c => c.Alignment));
        Assert.Equal(["", "A", "B"], table.HeaderRows.Single().Cells.Select(c => c.Inlines.OfType<TextRun>().SingleOrDefault()?.Text ?? ""));
        Assert.Equal(["Dec-00", "2", "5"], table.BodyRows[1].Cells.Select(c => ((TextRun)c.Inlines.Single()).Text));
    }

    [Fact]
    public void Series_with_a_different_count_than_the_categories_is_an_error_at_its_line_and_left_out()
    {
        var result = Chart("series: A | 1 | 2 | 3\nseries: B | 4 | 5\n");
        var diagnostic = Assert.Single(result.Diagnostics.Items);
        Assert.Equal(("FF5241", 8, "series 'B' has 2 values but the chart has 3 categories"), (diagnostic.Id, diagnostic.Location.Line, diagnostic.Message));
        Assert.Equal("A", Assert.Single(Assert.IsType<Chart>(result.Blocks[1]).Series).Name);
    }

    [Theory]
    [InlineData("series: A | 1 | 2,5 | 3\n")]
    [InlineData("series: A | 1 | n/a | 3\n")]
    public void Value_that_is_not_an_invariant_number_is_an_error_at_its_line(string series) =>
        Assert.Equal(["FF5242 doc.md:7"], Chart(series).Reported);

    [Fact]
    public void Unknown_chart_line_is_an_error_at_its_line() =>
        Assert.Equal(["FF5240 doc.md:7"], Chart("legend: bottom\nseries: A | 1 | 2 | 3\n").Reported);

    [Fact]
    public void Chart_without_categories_is_an_error_and_left_out()
    {
        var result = Parse.Markdown("~~~ ff-chart id=g\ntitle: T\nseries: A | 1\n~~~\n");
        Assert.Equal(["FF5243 doc.md:1"], result.Reported);
        Assert.Empty(result.Blocks);
    }

    [Fact]
    public void Chart_without_series_or_title_is_reported() =>
        Assert.Equal(["FF5243 doc.md:1", "FF5243 doc.md:1"], Parse.Markdown("~~~ ff-chart id=g\ncategories: a | b\n~~~\n").Reported);
}
