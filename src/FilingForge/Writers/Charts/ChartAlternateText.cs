using System.Globalization;
using System.Text;
using FilingForge.Document;

namespace FilingForge.Writers.Charts;

/// <summary>
/// What a line chart shows, said in words for a reader who cannot see it (a tagged PDF's <c>/Alt</c>): its title, what
/// the values measure over which span, and where each series starts and ends. The figures themselves follow in the
/// chart's data table, which is read as a table.
/// </summary>
public static class ChartAlternateText
{
    public static string Of(Chart chart)
    {
        var text = new StringBuilder("Line graph: ").Append(chart.Title.TrimEnd('.')).Append('.');
        if (chart.Categories.Count > 0)
        {
            text.Append(' ').Append(chart.ValueAxisTitle.Length > 0 ? chart.ValueAxisTitle.TrimEnd('.') : "Values")
                .Append(", ").Append(chart.Categories[0]);
            if (chart.Categories.Count > 1) text.Append(" to ").Append(chart.Categories[^1]);
            text.Append('.');
        }

        foreach (var series in chart.Series)
        {
            var values = series.Values.Take(chart.Categories.Count).ToList();
            if (values.Count == 0) continue;
            text.Append(' ').Append(series.Name).Append(": ").Append(Number(values[0]));
            if (values.Count > 1) text.Append(" to ").Append(Number(values[^1]));
            text.Append('.');
        }

        if (chart.DataTable.BodyRows.Count > 0) text.Append(" The values follow in a table.");
        return text.ToString();
    }

    private static string Number(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
