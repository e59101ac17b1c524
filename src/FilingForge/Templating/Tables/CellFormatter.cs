using FilingForge.Document;
using FilingForge.Values;
using FilingForge.Templating.Formatting;

namespace FilingForge.Templating.Tables;

/// <summary>Prints one value of a table cell by its column's format, as escaped FilingForge Markdown.</summary>
public static class CellFormatter
{
    private static readonly HashSet<string> Formats = new(StringComparer.Ordinal)
    {
        "text", "markdown", "number", "year", "shares", "money", "price", "millions", "percent", "percent_one_decimal", "percent_of_class", "date", "date_numeric", "date_short", "period",
    };

    public static bool IsKnownFormat(string format) => Formats.Contains(format);

    public static ColumnKind? KindOf(string kind) => kind switch
    {
        "text" => ColumnKind.Text,
        "number" => ColumnKind.Number,
        "money" => ColumnKind.Money,
        "percent" => ColumnKind.Percent,
        "date" => ColumnKind.Date,
        _ => null,
    };

    /// <summary>Default alignment by kind: numbers right, dates center, text left.</summary>
    public static string DefaultAlignment(string kind) => kind switch
    {
        "number" or "money" or "percent" => "right",
        "date" => "center",
        _ => "left",
    };

    /// <summary>
    /// The cell text, or null when <paramref name="value"/> cannot be printed in <paramref name="format"/>
    /// (the caller reports FF5013). Nil prints <paramref name="missing"/> or an em dash.
    /// </summary>
    public static string? Format(object? value, string format, bool dollarSign, bool lessThanOnePercent, string? missing)
    {
        if (value is null) return MarkdownEscaper.Escape(missing ?? MoneyFormat.Nil);
        string? text = format switch
        {
            "text" => value as string ?? (value is int or long or decimal ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null),
            "markdown" => value is MarkdownText md ? MarkdownEscaper.MarkdownToSingleLine(md.Value) : null,
            "number" or "year" => AsDecimal(value) is { } n ? n.ToString(format == "year" ? "0" : "N0", System.Globalization.CultureInfo.InvariantCulture) : null,
            "shares" => AsDecimal(value) is { } s ? ShareFormat.Format(s) : null,
            "money" => AsDecimal(value) is { } m ? MoneyFormat.Format(m, dollarSign) : null,
            "price" => AsDecimal(value) is { } p ? MoneyFormat.Price(p, dollarSign) : null,
            "millions" => AsDecimal(value) is { } mm ? MoneyFormat.Millions(mm, dollarSign) : null,
            "percent" => AsDecimal(value) is { } pc ? PercentFormat.Format(pc) : null,
            "percent_one_decimal" => AsDecimal(value) is { } p1 ? PercentFormat.OneDecimal(p1) : null,
            "percent_of_class" => AsDecimal(value) is { } pk ? PercentFormat.OfClass(pk, lessThanOnePercent) : null,
            "date" => value is DateOnly d ? DateFormat.Long(d) : null,
            "date_numeric" => value is DateOnly dn ? DateFormat.Numeric(dn) : null,
            "date_short" => value is DateOnly ds ? DateFormat.Short(ds) : null,
            "period" => value is DateOnly dp ? DateFormat.Period(dp) : null,
            _ => null,
        };
        if (text is null) return null;
        return format == "markdown" ? text : MarkdownEscaper.Escape(text);
    }

    public static decimal? AsDecimal(object? value) => value switch
    {
        decimal d => d,
        int i => i,
        long l => l,
        double f => (decimal)f,
        _ => null,
    };
}
