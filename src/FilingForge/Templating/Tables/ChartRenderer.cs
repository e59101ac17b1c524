using System.Collections;
using System.Globalization;
using System.Text;
using FilingForge.Diagnostics;
using FilingForge.Templating.Formatting;

namespace FilingForge.Templating.Tables;

/// <summary>Writes an <c>~~~ ff-chart</c> block from a <see cref="ChartDefinition"/>; values are the computed index, printed as whole numbers.</summary>
public static class ChartRenderer
{
    public static string? Render(ChartDefinition definition, object root, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation(definition.SourceFile, 1, 1);
        var failed = false;
        object? Resolve(object? from, string path)
        {
            var result = ValuePath.Resolve(from, path);
            if (result.Found) return result.Value;
            failed = true;
            diagnostics.Report(TemplateDiagnostics.TablePathUnresolved, at, definition.Id, path, result.MissingKey);
            return null;
        }

        var periods = (Resolve(root, definition.Periods) as IEnumerable)?.Cast<object?>().ToList() ?? [];
        var series = (Resolve(root, definition.Series) as IEnumerable)?.Cast<object?>().ToList() ?? [];
        var sb = new StringBuilder();
        sb.Append("~~~ ff-chart id=").Append(definition.Id).Append('\n');
        sb.Append("title: ").Append(MarkdownEscaper.Escape(definition.Title)).Append('\n');
        sb.Append("axis: ").Append(MarkdownEscaper.Escape(definition.Axis)).Append('\n');
        sb.Append("categories: ").Append(string.Join(" | ", periods.Select(p => p is DateOnly d ? DateFormat.Period(d) : MarkdownEscaper.Escape(p?.ToString())))).Append('\n');
        foreach (var item in series)
        {
            var name = Resolve(item, definition.SeriesName) as string;
            var values = (Resolve(item, definition.SeriesValues) as IEnumerable)?.Cast<object?>() ?? [];
            sb.Append("series: ").Append(MarkdownEscaper.Escape(name));
            foreach (var value in values)
                sb.Append(" | ").Append(CellFormatter.AsDecimal(value)?.ToString("0.##", CultureInfo.InvariantCulture) ?? MoneyFormat.Nil);
            sb.Append('\n');
        }

        sb.Append("~~~");
        return failed ? null : sb.ToString();
    }
}
