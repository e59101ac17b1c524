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

    /// <summary>Each part of a card side (above and below its fold) keeps at least half an inch for a line of text.</summary>
    private const decimal MinimumCardPart = 36;

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
        CheckCard(theme.Card, range, diagnostics);
    }

    /// <summary>
    /// The card is a page like the theme's, held to the same limits, with a fold that must leave each part of a side
    /// room for text: the typesetter puts the detach line on it and fills what lies above and below.
    /// </summary>
    private static void CheckCard(CardSetup card, RangeCheck range, DiagnosticBag diagnostics)
    {
        range.Within(card, nameof(CardSetup.BodySize), "card.body_size", card.BodySize, MinimumType, MaximumType);
        range.Within(card, nameof(CardSetup.NoteSize), "card.note_size", card.NoteSize, MinimumType, MaximumType);
        range.Within(card, nameof(CardSetup.ParagraphSpacing), "card.paragraph_spacing", card.ParagraphSpacing, 0, 144);
        if (!CheckSheet(card, "card", range, diagnostics, (card.Width, card.Height, card.MarginTop, card.MarginBottom, card.MarginLeft, card.MarginRight))) return;
        var above = card.Fold - card.MarginTop;
        var below = card.Height - card.MarginBottom - card.Fold;
        if (above >= MinimumCardPart && below >= MinimumCardPart) return;
        diagnostics.Report(ThemeDiagnostics.FoldOutsideCard, card.LocationOf(nameof(CardSetup.Fold)), card.Fold, card.Height,
            card.MarginTop, card.MarginBottom, above, below, MinimumCardPart);
    }

    private static void CheckPage(PageSetup page, RangeCheck range, DiagnosticBag diagnostics) =>
        CheckSheet(page, "page", range, diagnostics, (page.Width, page.Height, page.MarginTop, page.MarginBottom, page.MarginLeft, page.MarginRight));

    /// <summary>
    /// A sheet (the theme's <c>page:</c> or <c>card:</c>, whose lengths have the same names) sized within the limits,
    /// with margins that leave room for text each way; false when it is not.
    /// </summary>
    private static bool CheckSheet(ThemeNode sheet, string block, RangeCheck range, DiagnosticBag diagnostics,
        (decimal Width, decimal Height, decimal Top, decimal Bottom, decimal Left, decimal Right) s)
    {
        var sized = range.Within(sheet, nameof(PageSetup.Width), block + ".width", s.Width, MinimumPage, MaximumPage)
                    & range.Within(sheet, nameof(PageSetup.Height), block + ".height", s.Height, MinimumPage, MaximumPage);
        var margins = range.Within(sheet, nameof(PageSetup.MarginTop), block + ".margin_top", s.Top, 0, MaximumPage)
                      & range.Within(sheet, nameof(PageSetup.MarginBottom), block + ".margin_bottom", s.Bottom, 0, MaximumPage)
                      & range.Within(sheet, nameof(PageSetup.MarginLeft), block + ".margin_left", s.Left, 0, MaximumPage)
                      & range.Within(sheet, nameof(PageSetup.MarginRight), block + ".margin_right", s.Right, 0, MaximumPage);
        if (!sized || !margins) return false;
        var wide = CheckRoom(sheet, block, diagnostics, ("margin_left", nameof(PageSetup.MarginLeft), s.Left), ("margin_right", nameof(PageSetup.MarginRight), s.Right), s.Width, "width");
        var high = CheckRoom(sheet, block, diagnostics, ("margin_top", nameof(PageSetup.MarginTop), s.Top), ("margin_bottom", nameof(PageSetup.MarginBottom), s.Bottom), s.Height, "height");
        return wide && high;
    }

    /// <summary>Whether the margins leave room for text; reports at the wider of the two, the one most likely mistyped.</summary>
    private static bool CheckRoom(ThemeNode page, string block, DiagnosticBag diagnostics, (string Key, string Property, decimal Value) first,
        (string Key, string Property, decimal Value) second, decimal extent, string dimension)
    {
        var room = extent - first.Value - second.Value;
        if (room >= MinimumTextArea) return true;
        var at = page.LocationOf(first.Value >= second.Value ? first.Property : second.Property);
        diagnostics.Report(ThemeDiagnostics.NoRoomForText, at, block + "." + first.Key, first.Value, block + "." + second.Key, second.Value,
            room, extent, block + " " + dimension, MinimumTextArea);
        return false;
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
