using System.Text.RegularExpressions;

namespace FilingForge.Templating.Xbrl;

/// <summary>
/// Where the figure is in the text a table prints for a value: <c>$7,791,510</c>, <c>$445 M</c>, <c>(1,234)</c>.
/// The fact wraps the digits only (the transformation reads <c>7,791,510</c>, not the dollar sign or the unit), or the
/// whole text when it prints no digits (an em dash for zero, read by <c>ixt:fixed-zero</c>).
/// </summary>
public static partial class PrintedNumber
{
    [GeneratedRegex(@"\d[\d,]*(\.\d+)?")]
    private static partial Regex Digits();

    /// <summary>The text before the figure, the figure, and the text after it; null when the text prints no figure.</summary>
    public static (string Before, string Figure, string After)? Split(string printed)
    {
        var match = Digits().Match(printed);
        if (!match.Success) return null;
        return (printed[..match.Index], match.Value, printed[(match.Index + match.Length)..]);
    }

    /// <summary>How many digits the figure prints after its decimal point (0 for none, or for no figure at all).</summary>
    public static int FractionDigits(string? figure) =>
        figure is not null && figure.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? figure.Length - dot - 1 : 0;

    /// <summary>The figure as a number (<c>7,791,510</c> → 7791510).</summary>
    public static decimal Value(string figure) =>
        decimal.Parse(figure.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
