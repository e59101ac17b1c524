using FilingForge.Document;

namespace FilingForge.Review.Diff;

public enum FlatKind
{
    Heading,
    Paragraph,
    ListItem,
    Checkboxes,
    Signature,
    DetachLine,
    TocEntry,
    PageBreak,
    Table,
}

/// <summary>
/// One leaf of a document as the diff sees it: sections and lists are opened up, so that a changed paragraph deep
/// in a boxed panel is still one changed paragraph. <see cref="Level"/> is the heading level or the list depth;
/// <see cref="Prefix"/> a list item's marker; <see cref="Section"/> the top-level heading it falls under.
/// </summary>
public sealed record FlatBlock(
    FlatKind Kind,
    int Level,
    string Prefix,
    IReadOnlyList<DiffToken> Tokens,
    Table? Table,
    string Title,
    string Section,
    ParagraphRole Role = ParagraphRole.Body)
{
    /// <summary>Equal signatures mean equal content: the alignment's anchors.</summary>
    public string Signature { get; } = Sign(Kind, Level, Prefix, Tokens, Table);

    public string Text => InlineTokenizer.PlainText(Tokens);

    public bool IsText => Kind != FlatKind.Table;

    private static string Sign(FlatKind kind, int level, string prefix, IReadOnlyList<DiffToken> tokens, Table? table) =>
        table is null
            ? $"{kind}|{level}|{prefix}|{string.Concat(tokens.Select(t => t.Style == TokenStyle.None ? t.Text : $"{t.Text}\u0001{(int)t.Style}\u0002"))}"
            : $"{kind}|{table.Id}|{TableText.Signature(table)}";
}
