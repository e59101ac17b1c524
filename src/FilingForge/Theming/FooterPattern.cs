using System.Text.RegularExpressions;
using FilingForge.Diagnostics;

namespace FilingForge.Theming;

/// <summary>
/// The theme's <c>footer_pattern</c>: every writer replaces <c>{page}</c> and <c>{pages}</c> and prints anything else
/// as written, so a mistyped placeholder (<c>{nope}</c>, <c>{Page}</c>) would reach every page of every document.
/// </summary>
public static partial class FooterPattern
{
    public static readonly IReadOnlyList<string> Placeholders = ["{page}", "{pages}"];

    public static void Check(Theme theme, DiagnosticBag diagnostics)
    {
        foreach (var placeholder in Placeholder().Matches(theme.FooterPattern).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            if (!Placeholders.Contains(placeholder, StringComparer.Ordinal))
                diagnostics.Report(ThemeDiagnostics.UnknownFooterPlaceholder, theme.LocationOf(nameof(Theme.FooterPattern)), placeholder);
        }
    }

    [GeneratedRegex(@"\{[^{}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
