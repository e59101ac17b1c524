using FilingForge.Document;

namespace FilingForge.Parsing.Extensions.Tables;

/// <summary>
/// One cell of a <c>header:</c>, <c>row N:</c> or <c>total:</c> line: inline Markdown with an optional trailing
/// <c>{rowspan=R colspan=C align=A}</c>.
/// </summary>
internal sealed record CellSyntax(string Markdown, int RowSpan, int ColSpan, TextAlignment? Alignment)
{
    /// <summary>Splits a row's cells at unescaped <c>|</c>, reporting malformed attributes at <paramref name="line"/>.</summary>
    public static List<CellSyntax> ParseRow(ParseContext context, string cells, int line) =>
        MarkdownEscapes.SplitUnescaped(cells, "|").Select(cell => Parse(context, cell.Trim(), line)).ToList();

    private static CellSyntax Parse(ParseContext context, string cell, int line)
    {
        var open = AttributesStart(cell);
        if (open < 0) return new CellSyntax(cell, 1, 1, null);

        var attributes = cell[(open + 1)..^1];
        var result = new CellSyntax(cell[..open].TrimEnd(), 1, 1, null);
        foreach (var token in attributes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = token.IndexOf('=');
            var key = equals < 0 ? token : token[..equals];
            var value = equals < 0 ? "" : token[(equals + 1)..];
            result = key switch
            {
                "rowspan" when Span(value) is { } rows => result with { RowSpan = rows },
                "colspan" when Span(value) is { } columns => result with { ColSpan = columns },
                "align" when TableSyntax.Alignment(value) is { } alignment => result with { Alignment = alignment },
                _ => Invalid(context, line, attributes, token, result),
            };
        }

        return result;
    }

    private static CellSyntax Invalid(ParseContext context, int line, string attributes, string token, CellSyntax result)
    {
        context.Report(ParseDiagnostics.TableInvalidCellAttributes, line, "{" + attributes + "}",
            $"'{token}' is not rowspan=N, colspan=N (N from 1 to 99) or align=left|center|right");
        return result;
    }

    private static int? Span(string value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 99
            ? n
            : null;

    /// <summary>The index of the <c>{</c> of a trailing, unescaped <c>{…}</c>, or -1.</summary>
    private static int AttributesStart(string cell)
    {
        if (!cell.EndsWith('}') || IsEscaped(cell, cell.Length - 1)) return -1;
        var open = cell.LastIndexOf('{');
        return open >= 0 && !IsEscaped(cell, open) ? open : -1;
    }

    private static bool IsEscaped(string text, int index)
    {
        var backslashes = 0;
        for (var i = index - 1; i >= 0 && text[i] == '\\'; i--) backslashes++;
        return backslashes % 2 == 1;
    }
}
