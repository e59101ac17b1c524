using System.Globalization;

namespace FilingForge.Templating.Formatting;

/// <summary>
/// Dollar amounts as SEC filings print them: thousands separators, parentheses for negatives, an em dash for a nil
/// amount, and the dollar sign only where the caller asks for it (the first row and the total of a money column).
/// </summary>
public static class MoneyFormat
{
    public const string Nil = "\u2014";

    /// <summary>Whole dollars unless the amount has cents, such as <c>$372,281</c>, <c>(1,250)</c> or <c>$0.90</c>.</summary>
    public static string Format(decimal? amount, bool dollarSign)
    {
        if (amount is not { } value) return Nil;
        var decimals = value == decimal.Truncate(value) ? 0 : Math.Max(2, Scale(value));
        return Format(value, dollarSign, decimals);
    }

    /// <summary>A price per share, always with cents: <c>1.89</c>, <c>$0.77</c>.</summary>
    public static string Price(decimal? amount, bool dollarSign)
    {
        if (amount is not { } value) return Nil;
        return Format(value, dollarSign, Math.Max(2, Scale(value)));
    }

    /// <summary>
    /// An amount in millions as a summary table prints it: <c>$445 M</c> for 445,000,000, to the nearest million (half
    /// away from zero), since the data holds the dollars a filing's XBRL facts state.
    /// </summary>
    public static string Millions(decimal? amount, bool dollarSign)
    {
        if (amount is not { } value) return Nil;
        return Format(Math.Round(value / 1_000_000m, 0, MidpointRounding.AwayFromZero), dollarSign, 0) + " M";
    }

    private static string Format(decimal value, bool dollarSign, int decimals)
    {
        var digits = Math.Abs(value).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var sign = dollarSign ? "$" : "";
        return value < 0 ? $"{sign}({digits})" : sign + digits;
    }

    /// <summary>Significant decimal places, ignoring trailing zeros (0.900 has one).</summary>
    private static int Scale(decimal value)
    {
        var normalized = value / 1.000000000000000000000000000000000m;
        return (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
    }
}
