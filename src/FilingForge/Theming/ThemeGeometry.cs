using FilingForge.Diagnostics;

namespace FilingForge.Theming;

/// <summary>
/// Holds the theme's lengths to what a page can be. The PDF typesetter divides the page by these numbers, and a page
/// of no height or a margin wider than the page gives it nothing to fill; Word and HTML would build such a theme
/// without a word. So every writer is protected by one check at load, at the line of theme.yaml to fix.
/// </summary>
public static class ThemeGeometry
{
    /// <summary>PDF's largest page is 200 inches a side (ISO 32000-1, annex C); a page under an inch holds no filing.</summary>
    private const decimal MinimumPage = 72, MaximumPage = 14_400;

    /// <summary>The text area keeps at least an inch each way, so every line and table row has somewhere to go.</summary>
    private const decimal MinimumTextArea = 72;

    private const decimal MinimumType = 1, MaximumType = 144;

    public static void Check(Theme theme, DiagnosticBag diagnostics)
    {
        var range = new RangeCheck(diagnostics);
        CheckPage(theme.Page, range, diagnostics);
        range.Within(theme.BodyFont, nameof(FontSpec.Size), "body_font.size", theme.BodyFont.Size, MinimumType, MaximumType);
        range.Within(theme.HeadingFont, nameof(FontSpec.Size), "heading_font.size", theme.HeadingFont.Size, MinimumType, MaximumType);
        range.Within(theme.TableFont, nameof(FontSpec.Size), "table_font.size", theme.TableFont.Size, MinimumType, MaximumType);
        range.Within(theme.NoteFont, nameof(FontSpec.Size), "note_font.size", theme.NoteFont.Size, MinimumType, MaximumType);
        for (var i = 0; i < theme.HeadingSizes.Count; i++)
            range.Within(theme, nameof(Theme.HeadingSizes), $"heading_sizes[{i}]", theme.HeadingSizes[i], MinimumType, MaximumType);
        range.Within(theme, nameof(Theme.Leading), "leading", theme.Leading, 0, 72);
        range.Within(theme, nameof(Theme.ParagraphSpacing), "paragraph_spacing", theme.ParagraphSpacing, 0, 144);
        range.Within(theme, nameof(Theme.TableRuleWidth), "table_rule_width", theme.TableRuleWidth, 0, 12);
    }

    private static void CheckPage(PageSetup page, RangeCheck range, DiagnosticBag diagnostics)
    {
        var sized = range.Within(page, nameof(PageSetup.Width), "page.width", page.Width, MinimumPage, MaximumPage)
                    & range.Within(page, nameof(PageSetup.Height), "page.height", page.Height, MinimumPage, MaximumPage);
        var margins = range.Within(page, nameof(PageSetup.MarginTop), "page.margin_top", page.MarginTop, 0, MaximumPage)
                      & range.Within(page, nameof(PageSetup.MarginBottom), "page.margin_bottom", page.MarginBottom, 0, MaximumPage)
                      & range.Within(page, nameof(PageSetup.MarginLeft), "page.margin_left", page.MarginLeft, 0, MaximumPage)
                      & range.Within(page, nameof(PageSetup.MarginRight), "page.margin_right", page.MarginRight, 0, MaximumPage);
        if (!sized || !margins) return;
        CheckRoom(page, diagnostics, ("margin_left", nameof(PageSetup.MarginLeft), page.MarginLeft), ("margin_right", nameof(PageSetup.MarginRight), page.MarginRight), page.Width, "width");
        CheckRoom(page, diagnostics, ("margin_top", nameof(PageSetup.MarginTop), page.MarginTop), ("margin_bottom", nameof(PageSetup.MarginBottom), page.MarginBottom), page.Height, "height");
    }

    /// <summary>Reports at the wider of the two margins, the one most likely mistyped.</summary>
    private static void CheckRoom(PageSetup page, DiagnosticBag diagnostics, (string Key, string Property, decimal Value) first,
        (string Key, string Property, decimal Value) second, decimal extent, string dimension)
    {
        var room = extent - first.Value - second.Value;
        if (room >= MinimumTextArea) return;
        var at = page.LocationOf(first.Value >= second.Value ? first.Property : second.Property);
        diagnostics.Report(ThemeDiagnostics.NoRoomForText, at, "page." + first.Key, first.Value, "page." + second.Key, second.Value,
            room, extent, "page " + dimension, MinimumTextArea);
    }

    private readonly struct RangeCheck(DiagnosticBag diagnostics)
    {
        /// <summary>Whether the value lies in its range; reports it at its line if not.</summary>
        public bool Within(ThemeNode node, string property, string key, decimal value, decimal minimum, decimal maximum)
        {
            if (value >= minimum && value <= maximum) return true;
            diagnostics.Report(ThemeDiagnostics.LengthOutOfRange, node.LocationOf(property), key, value, minimum, maximum);
            return false;
        }
    }
}
