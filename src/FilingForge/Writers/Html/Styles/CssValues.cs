using System.Globalization;
using System.Text;
using FilingForge.Diagnostics;
using FilingForge.Theming;

namespace FilingForge.Writers.Html.Styles;

/// <summary>
/// Turns theme values into CSS values. Theme text goes into style attributes and a style sheet, so anything that
/// could end a declaration or the attribute (quotes, semicolons, braces) is refused here, with a warning.
/// </summary>
public sealed class CssValues(DiagnosticBag diagnostics, SourceLocation location)
{
    private const string DefaultColor = "000000";
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    public static string Points(decimal points) =>
        decimal.Round(points, 2).ToString("0.##", CultureInfo.InvariantCulture) + "pt";

    public string FontFamilies(FontSpec font)
    {
        var names = new List<string>();
        foreach (var family in font.Families)
        {
            if (IsSafeFamilyName(family)) names.Add(family.Contains(' ') ? $"'{family}'" : family);
            else ReportOnce("font family", family, "the next family");
        }

        names.Add(GenericFamily(font.Families));
        return string.Join(",", names);
    }

    public string Color(string hex, string what)
    {
        if (hex.Length == 6 && hex.All(char.IsAsciiHexDigit)) return "#" + hex.ToLowerInvariant();
        ReportOnce(what, hex, "#" + DefaultColor);
        return "#" + DefaultColor;
    }

    private void ReportOnce(string what, string value, string instead)
    {
        if (_reported.Add(what + "\n" + value)) diagnostics.Report(HtmlDiagnostics.ThemeValueIgnored, location, what, value, instead);
    }

    private static bool IsSafeFamilyName(string family) =>
        family.Length > 0 && family.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_' or '.');

    /// <summary>The generic family that ends the list, so a reader without any named font still gets the right kind.</summary>
    private static string GenericFamily(IEnumerable<string> families)
    {
        var sans = families.Any(f =>
            f.Contains("Sans", StringComparison.OrdinalIgnoreCase) && !f.Contains("Serif", StringComparison.OrdinalIgnoreCase)
            || f.Equals("Arial", StringComparison.OrdinalIgnoreCase)
            || f.Equals("Helvetica", StringComparison.OrdinalIgnoreCase));
        var mono = families.Any(f => f.Contains("Mono", StringComparison.OrdinalIgnoreCase) || f.Contains("Courier", StringComparison.OrdinalIgnoreCase));
        return mono ? "monospace" : sans ? "sans-serif" : "serif";
    }

    public static string Percent(decimal value) =>
        decimal.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Number(decimal value) => decimal.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(double value) => Number((decimal)Math.Round(value, 2));

    internal static string ClassToken(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? char.ToLowerInvariant(c) : '-');
        return sb.ToString();
    }
}
