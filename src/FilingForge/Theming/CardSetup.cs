namespace FilingForge.Theming;

/// <summary>
/// The theme's <c>card:</c> block: the sheet a proxy card is printed on, its margins, where it folds, and its type.
/// A card is two sides of one sheet; each side holds the part above the fold (the card proper or the stub) and the part
/// below it, and the detach line of a side sits on the fold. The documents the profile lays out as cards
/// (<c>documents.yaml</c> <c>layout: card</c>) use it in every paged format. Lengths in points; <see cref="Fold"/> is
/// measured from the top edge of the sheet, the same on both sides, as a perforation is.
/// </summary>
public sealed class CardSetup : ThemeNode
{
    /// <summary>The values of a theme that writes no <c>card:</c> block: a US Letter sheet perforated at its middle.</summary>
    public static CardSetup Default { get; } = new()
    {
        Width = 612, Height = 792, MarginTop = 30, MarginBottom = 30, MarginLeft = 36, MarginRight = 36, Fold = 396,
        BodySize = 9, NoteSize = 8, ParagraphSpacing = 4,
    };

    public required decimal Width { get; init; }
    public required decimal Height { get; init; }
    public required decimal MarginTop { get; init; }
    public required decimal MarginBottom { get; init; }
    public required decimal MarginLeft { get; init; }
    public required decimal MarginRight { get; init; }
    public required decimal Fold { get; init; }

    /// <summary>Cards are set smaller than the statement (Rule 14a-5(d)'s 10 points governs the proxy statement's body).</summary>
    public required decimal BodySize { get; init; }
    public required decimal NoteSize { get; init; }
    public required decimal ParagraphSpacing { get; init; }
}
