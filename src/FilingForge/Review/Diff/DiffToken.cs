namespace FilingForge.Review.Diff;

/// <summary>How a token is set, kept so that a word that only turned bold counts as changed.</summary>
[Flags]
public enum TokenStyle
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Underline = 4,
    Superscript = 8,
}

/// <summary>
/// The unit of a word diff: a word, a run of spaces, a footnote marker, a line break (<c>"\n"</c>) or a fill-in blank.
/// </summary>
public readonly record struct DiffToken(string Text, TokenStyle Style)
{
    public const string LineBreak = "\n";

    public bool IsSpace => Text.Length > 0 && Text != LineBreak && string.IsNullOrWhiteSpace(Text);
}

public enum SegmentKind
{
    Same,
    Inserted,
    Deleted,
}

/// <summary>A run of tokens that the diff kept, inserted or deleted.</summary>
public sealed record TextSegment(SegmentKind Kind, IReadOnlyList<DiffToken> Tokens)
{
    public string Text => string.Concat(Tokens.Select(t => t.Text));
}
