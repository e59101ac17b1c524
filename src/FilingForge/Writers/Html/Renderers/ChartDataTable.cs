using FilingForge.Document;

namespace FilingForge.Writers.Html.Renderers;

internal static class ChartDataTable
{
    /// <summary>The chart's data table, without its caption when that only repeats the chart's title shown above it.</summary>
    public static Table Of(Chart chart) =>
        PlainText(chart.DataTable.Caption).Trim() == chart.Title.Trim() ? chart.DataTable with { Caption = [] } : chart.DataTable;

    private static string PlainText(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(inline => inline switch
    {
        TextRun run => run.Text,
        Strong s => PlainText(s.Children),
        Emphasis e => PlainText(e.Children),
        Underline u => PlainText(u.Children),
        InternalLink l => PlainText(l.Children),
        _ => "",
    }));
}
