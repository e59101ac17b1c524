using System.Globalization;
using System.Text;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>
/// The transformation formats of the Inline XBRL Transformation Registry 5 (namespace 2022-02-16) that FilingForge
/// reads: a deliberately short list, the ones a proxy statement's facts need. A format outside it is reported, never
/// guessed at. Each turns the printed text into the fact's canonical value (an xsd:decimal or xsd:date lexical form).
/// </summary>
public static class InlineTransformations
{
    public const string Namespace = "http://www.xbrl.org/inlineXBRL/transformation/2022-02-16";

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly Dictionary<string, Func<string, string?>> Formats = new(StringComparer.Ordinal)
    {
        ["num-dot-decimal"] = text => Number(text, decimalSeparator: '.', groupSeparator: ','),
        ["num-comma-decimal"] = text => Number(text, decimalSeparator: ',', groupSeparator: '.'),
        ["fixed-zero"] = _ => "0",
        ["fixed-empty"] = _ => "",
        ["fixed-true"] = _ => "true",
        ["fixed-false"] = _ => "false",
        ["date-monthname-day-year-en"] = MonthNameDayYear,
        ["date-day-monthname-year-en"] = DayMonthNameYear,
        ["date-month-day-year"] = text => NumericDate(text, month: 0, day: 1, year: 2),
        ["date-year-month-day"] = text => NumericDate(text, month: 1, day: 2, year: 0),
    };

    /// <summary>The local names of the formats FilingForge reads, sorted (for messages).</summary>
    public static IReadOnlyList<string> Supported { get; } = Formats.Keys.Order(StringComparer.Ordinal).ToArray();

    public static bool IsKnown(string? formatNamespace, string localName) =>
        formatNamespace == Namespace && Formats.ContainsKey(localName);

    /// <summary>The canonical value of <paramref name="text"/> under a known format; null when the format cannot read it.</summary>
    public static string? Apply(string localName, string text) =>
        Formats.TryGetValue(localName, out var format) ? format(text.Trim()) : null;

    /// <summary>Digits with group separators (the given one, space, no-break space, apostrophe) and one decimal separator.</summary>
    private static string? Number(string text, char decimalSeparator, char groupSeparator)
    {
        var canonical = new StringBuilder(text.Length);
        var seenDecimal = false;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                canonical.Append(c);
            }
            else if (c == decimalSeparator && !seenDecimal && canonical.Length > 0)
            {
                seenDecimal = true;
                canonical.Append('.');
            }
            else if (seenDecimal || !IsGroupSeparator(c, groupSeparator))
            {
                return null;
            }
        }

        return canonical.Length == 0 || canonical[^1] == '.' ? null : canonical.ToString();
    }

    private static bool IsGroupSeparator(char c, char groupSeparator) =>
        c == groupSeparator || c == ' ' || c == '\u00A0' || c == '\'';

    private static string? MonthNameDayYear(string text)
    {
        var parts = DateParts(text);
        return parts.Length == 3 ? IsoDate(Month(parts[0]), parts[1], parts[2]) : null;
    }

    private static string? DayMonthNameYear(string text)
    {
        var parts = DateParts(text);
        return parts.Length == 3 ? IsoDate(Month(parts[1]), parts[0], parts[2]) : null;
    }

    private static string? NumericDate(string text, int month, int day, int year)
    {
        var parts = text.Split(['/', '-', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 3 && int.TryParse(parts[month], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            ? IsoDate(m, parts[day], parts[year])
            : null;
    }

    private static string[] DateParts(string text) =>
        text.Split([' ', ',', '.', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A month from its English name or an abbreviation of at least three letters (<c>Sept</c>); 0 when none.</summary>
    private static int Month(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower.Length < 3) return 0;
        return Array.FindIndex(MonthNames, m => m.StartsWith(lower, StringComparison.Ordinal)) + 1;
    }

    private static string? IsoDate(int month, string day, string year)
    {
        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || year.Length != 4 || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || month is < 1 or > 12 || y < 1 || d < 1 || d > DateTime.DaysInMonth(y, month))
            return null;
        return new DateOnly(y, month, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
