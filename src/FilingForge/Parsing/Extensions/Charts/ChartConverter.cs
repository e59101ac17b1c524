using System.Globalization;
using System.Text.RegularExpressions;
using FilingForge.Document;
using Markdig.Syntax;

namespace FilingForge.Parsing.Extensions.Charts;

/// <summary>
/// <c>~~~ ff-chart</c> → <see cref="Chart"/> with its data table. Values are read with the invariant culture.
/// A series whose length differs from the categories is reported and left out, so writers always get a
/// rectangular chart; a chart without categories is reported and left out altogether.
/// </summary>
internal sealed partial class ChartConverter
{
    private readonly ParseContext _context;
    private readonly List<ChartSeries> _series = new();
    private string? _title;
    private string _axis = "";
    private List<string>? _categories;

    public ChartConverter(ParseContext context)
    {
        _context = context;
    }

    public Chart? Convert(FencedCodeBlock block)
    {
        var wantedId = FencedLines.Argument(block, "id");
        var id = wantedId is null ? _context.Ids.Claim("chart") : _context.ClaimExplicitId(wantedId, block.Line);
        var seriesLines = new List<FencedLines.Line>();
        foreach (var line in FencedLines.Of(block))
        {
            switch (line.Keyword, line.Argument)
            {
                case ("title", null): _title = MarkdownEscapes.Unescape(line.Rest.Trim()); break;
                case ("axis", null): _axis = MarkdownEscapes.Unescape(line.Rest.Trim()); break;
                case ("categories", null): _categories = Items(line.Rest); break;
                case ("series", null): seriesLines.Add(line); break;
                default: _context.Report(ParseDiagnostics.ChartUnknownLine, line.Number, line.Text); break;
            }
        }

        if (_title is null) _context.Report(ParseDiagnostics.ChartMissingLine, block.Line, id, "title:");
        if (_categories is null)
        {
            _context.Report(ParseDiagnostics.ChartMissingLine, block.Line, id, "categories:");
            return null;
        }

        if (seriesLines.Count == 0) _context.Report(ParseDiagnostics.ChartMissingLine, block.Line, id, "series:");
        foreach (var line in seriesLines) ReadSeries(line, _categories.Count);
        var title = _title ?? "";
        var dataTable = ChartDataTable.Build(_context.Ids.Claim(id + "-data"), _categories, _series);
        return new Chart(id, title, _categories, _series, _axis, dataTable);
    }

    private void ReadSeries(FencedLines.Line line, int categoryCount)
    {
        var items = MarkdownEscapes.SplitUnescaped(line.Rest, "|").Select(i => i.Trim()).ToList();
        var name = MarkdownEscapes.Unescape(items[0]);
        var values = new List<decimal>();
        foreach (var text in items.Skip(1).Select(MarkdownEscapes.Unescape))
        {
            if (InvariantNumber().IsMatch(text)
                && decimal.TryParse(text.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                values.Add(value);
            }
            else
            {
                _context.Report(ParseDiagnostics.ChartInvalidNumber, line.Number, name, text);
                values.Add(0m);
            }
        }

        if (values.Count != categoryCount)
        {
            _context.Report(ParseDiagnostics.ChartSeriesLength, line.Number, name, values.Count, categoryCount);
            return;
        }

        _series.Add(new ChartSeries(name, values));
    }

    private static List<string> Items(string text) =>
        MarkdownEscapes.SplitUnescaped(text, "|").Select(i => MarkdownEscapes.Unescape(i.Trim())).ToList();

    /// <summary>Commas only between groups of three digits, so "2,5" (a European 2.5) is refused rather than read as 25.</summary>
    [GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")]
    private static partial Regex InvariantNumber();
}
