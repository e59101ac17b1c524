using FilingForge.Diagnostics;
using FilingForge.Loading;

namespace FilingForge.Theming;

/// <summary>
/// Reads <c>templates/shared/theme.yaml</c>: bound like a data file, then its geometry held to what a page can be and
/// its footer to the placeholders the writers fill.
/// </summary>
public static class ThemeFile
{
    /// <summary>The theme, or null when it has an error (a theme no writer can lay out is never handed to one).</summary>
    public static Theme? Load(string path, DiagnosticBag diagnostics)
    {
        var values = FilingLoader.LoadValues(ThemeDeclaration.File, ThemeDeclaration.Profile, path, diagnostics);
        if (values is null) return null;
        var theme = ThemeProjection.Of(values);
        var found = new DiagnosticBag();
        ThemeGeometry.Check(theme, found);
        FooterPattern.Check(theme, found);
        diagnostics.AddRange(found.Items);
        return found.HasErrors ? null : theme;
    }
}
