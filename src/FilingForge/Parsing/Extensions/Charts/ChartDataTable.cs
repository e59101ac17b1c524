using System.Globalization;
using FilingForge.Document;

namespace FilingForge.Parsing.Extensions.Charts;

/// <summary>
/// The table every writer prints with (or instead of) a chart: one row per category, first column the category (left),
/// then one right-aligned number column per series. It has no caption: every writer sets the chart's title above it.
/// </summary>
internal static class ChartDataTable
{
    public static Table Build(string id, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series)
    {
        var columns = new List<TableColumn> { new("category", ColumnKind.Text, TextAlignment.Left, 2m) };
        columns.AddRange(series.Select((_, i) => new TableColumn(
            "series-" + (i + 1).ToString(CultureInfo.InvariantCulture), ColumnKind.Number, TextAlignment.Right, 1m)));

        var headerCells = new List<TableCell> { Cell("", TextAlignment.Left) };
        headerCells.AddRange(series.Select(s => Cell(s.Name, TextAlignment.Right)));

        var body = categories.Select((category, row) =>
        {
            var cells = new List<TableCell> { Cell(category, TextAlignment.Left) };
            cells.AddRange(series.Select(s => Cell(s.Values[row].ToString(CultureInfo.InvariantCulture), TextAlignment.Right)));
            return new TableRow(cells);
        }).ToArray();

        return new Table(id, Array.Empty<Inline>(), columns, [new TableRow(headerCells)], body, Array.Empty<TableFootnote>());
    }

    private static TableCell Cell(string text, TextAlignment alignment) => new(Text(text), alignment);

    private static IReadOnlyList<Inline> Text(string text) => text.Length == 0 ? Array.Empty<Inline>() : [new TextRun(text)];
}
