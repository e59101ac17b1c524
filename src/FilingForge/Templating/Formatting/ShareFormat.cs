using System.Globalization;

namespace FilingForge.Templating.Formatting;

/// <summary>Share counts: thousands separators, an em dash when nil, parentheses for a negative change.</summary>
public static class ShareFormat
{
    public static string Format(decimal? shares)
    {
        if (shares is not { } value) return MoneyFormat.Nil;
        var digits = Math.Abs(value).ToString("N0", CultureInfo.InvariantCulture);
        return value < 0 ? $"({digits})" : digits;
    }
}
