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
        var sized = range.Within(card, nameof(CardSetup.Width), "card.width", card.Width, MinimumPage, MaximumPage)
                    & range.Within(card, nameof(CardSetup.Height), "card.height", card.Height, MinimumPage, MaximumPage);
        var margins = range.Within(card, nameof(CardSetup.MarginTop), "card.margin_top", card.MarginTop, 0, MaximumPage)
                      & range.Within(card, nameof(CardSetup.MarginBottom), "card.margin_bottom", card.MarginBottom, 0, MaximumPage)
                      & range.Within(card, nameof(CardSetup.MarginLeft), "card.margin_left", card.MarginLeft, 0, MaximumPage)
                      & range.Within(card, nameof(CardSetup.MarginRight), "card.margin_right", card.MarginRight, 0, MaximumPage);
        if (!sized || !margins) return;
        var wide = CheckRoom(card, "card", diagnostics, ("margin_left", nameof(CardSetup.MarginLeft), card.MarginLeft), ("margin_right", nameof(CardSetup.MarginRight), card.MarginRight), card.Width, "width");
        var high = CheckRoom(card, "card", diagnostics, ("margin_top", nameof(CardSetup.MarginTop), card.MarginTop), ("margin_bottom", nameof(CardSetup.MarginBottom), card.MarginBottom), card.Height, "height");
        if (!wide || !high) return;
        var above = card.Fold - card.MarginTop;
        var below = card.Height - card.MarginBottom - card.Fold;
        if (above >= MinimumCardPart && below >= MinimumCardPart) return;
        diagnostics.Report(ThemeDiagnostics.FoldOutsideCard, card.LocationOf(nameof(CardSetup.Fold)), card.Fold, card.Height,
            card.MarginTop, card.MarginBottom, above, below, MinimumCardPart);
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
        CheckRoom(page, "page", diagnostics, ("margin_left", nameof(PageSetup.MarginLeft), page.MarginLeft), ("margin_right", nameof(PageSetup.MarginRight), page.MarginRight), page.Width, "width");
        CheckRoom(page, "page", diagnostics, ("margin_top", nameof(PageSetup.MarginTop), page.MarginTop), ("margin_bottom", nameof(PageSetup.MarginBottom), page.MarginBottom), page.Height, "height");
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
