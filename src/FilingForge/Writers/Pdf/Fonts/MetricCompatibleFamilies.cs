namespace FilingForge.Writers.Pdf.Fonts;

/// <summary>
/// Families designed with the same advance widths as the family they stand in for (the Liberation fonts were made as
/// metric-compatible replacements for Times New Roman, Arial and Courier New). Substituting one of them changes no
/// line break or page break, so the substitution is noted rather than warned about.
/// </summary>
public static class MetricCompatibleFamilies
{
    private static readonly Dictionary<string, string[]> Compatible = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Times New Roman"] = ["Liberation Serif", "Tinos"],
        ["Arial"] = ["Liberation Sans", "Arimo"],
        ["Helvetica"] = ["Liberation Sans", "Arimo"],
        ["Courier New"] = ["Liberation Mono", "Cousine"],
    };

    public static bool AreCompatible(string wanted, string used) =>
        Compatible.TryGetValue(wanted, out var substitutes) && substitutes.Contains(used, StringComparer.OrdinalIgnoreCase);
}
