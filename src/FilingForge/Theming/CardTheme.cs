namespace FilingForge.Theming;

/// <summary>
/// The theme a document laid out as a proxy card (<c>documents.yaml layout: card</c>) is set in, for every paged
/// format alike: the card's sheet and margins as its page, the card's type sizes (its tables never larger than its
/// text), and no page footer, since a card's sides are not numbered. Fonts, colours, leading and rules are the theme's.
/// </summary>
public static class CardTheme
{
    /// <summary>The theme a document of this layout is set in: the card's for a card, the theme itself otherwise.</summary>
    public static Theme For(Document.PageLayout layout, Theme theme) => layout == Document.PageLayout.Card ? Of(theme) : theme;

    public static Theme Of(Theme theme)
    {
        var card = theme.Card;
        return new Theme
        {
            Page = new PageSetup
            {
                Width = card.Width, Height = card.Height,
                MarginTop = card.MarginTop, MarginBottom = card.MarginBottom, MarginLeft = card.MarginLeft, MarginRight = card.MarginRight,
            },
            BodyFont = Sized(theme.BodyFont, card.BodySize),
            HeadingFont = theme.HeadingFont,
            TableFont = Sized(theme.TableFont, Math.Min(theme.TableFont.Size, card.BodySize)),
            NoteFont = Sized(theme.NoteFont, card.NoteSize),
            HeadingSizes = theme.HeadingSizes,
            Leading = theme.Leading,
            ParagraphSpacing = card.ParagraphSpacing,
            Colors = theme.Colors,
            TableRuleWidth = theme.TableRuleWidth,
            FooterPattern = "",
            FontFolders = theme.FontFolders,
            Card = card,
        };
    }

    private static FontSpec Sized(FontSpec font, decimal size) => new() { Families = font.Families, Size = size };
}
