namespace FilingForge.Document;

/// <summary>A block of the Document IR. A closed set: every writer renders each kind (a test walks them all).</summary>
public abstract record Block;

public enum TextAlignment
{
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>How a paragraph is set: normal body text, or the smaller type used for legends and notes.</summary>
public enum ParagraphRole
{
    Body,
    Note,
    Caption,
}

/// <summary>
/// A heading; <see cref="Id"/> is its bookmark, unique within the document. <see cref="InContents"/> lists it in the
/// table of contents even below the contents' level, at its deepest level (<c>{.toc}</c>: a filing's contents may name a
/// table's heading).
/// </summary>
public sealed record Heading(int Level, IReadOnlyList<Inline> Inlines, string Id) : Block
{
    public bool InContents { get; init; }
}

public sealed record Paragraph(IReadOnlyList<Inline> Inlines, TextAlignment Alignment = TextAlignment.Justify, ParagraphRole Role = ParagraphRole.Body) : Block;

/// <summary>
/// A list; each item is a sequence of blocks. <see cref="Start"/> is the first number of an ordered list and
/// <see cref="NumberStyle"/> how its numbers print (<see cref="ListMarker"/> gives every writer the same text).
/// </summary>
public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<IReadOnlyList<Block>> Items) : Block
{
    public ListNumberStyle NumberStyle { get; init; }
}

/// <summary>
/// How an ordered list prints its numbers. Forms number their items as the rules print them: Schedule 14A's fee
/// items read "(1)", a code of ethics' purposes "(a)", a proposal's steps "1.".
/// </summary>
public enum ListNumberStyle
{
    /// <summary>1. 2. 3.</summary>
    Decimal,

    /// <summary>(1) (2) (3)</summary>
    ParenthesizedDecimal,

    /// <summary>(a) (b) (c)</summary>
    ParenthesizedLowerAlpha,
}

/// <summary>Starts a new page in paged formats; a visual break in HTML.</summary>
public sealed record PageBreak : Block;

/// <summary>A table of contents: the writer lists the headings up to <see cref="MaxLevel"/>, with page numbers where it has pages.</summary>
public sealed record TableOfContents(int MaxLevel, IReadOnlyList<TocEntry> Entries) : Block;

public sealed record TocEntry(int Level, string Text, string TargetId);

/// <summary>A line of check boxes, as on the cover page or the proxy card: <c>☐ FOR ☐ AGAINST ☐ ABSTAIN</c>.</summary>
public sealed record CheckboxLine(IReadOnlyList<Checkbox> Boxes) : Block;

public sealed record Checkbox(bool Checked, IReadOnlyList<Inline> Label);

/// <summary>Signature and date lines of a form; a line may carry a pre-filled value (the signer's name).</summary>
public sealed record SignatureBlock(IReadOnlyList<SignatureLine> Lines) : Block;

public sealed record SignatureLine(string Label, string? Value);

/// <summary>The dashed fold-and-detach line of a proxy card, with its legend.</summary>
public sealed record DetachLine(string Label) : Block;

/// <summary>
/// A group of blocks set apart: a boxed panel (the card's voting panel), a page section (cover, card face),
/// or a plain group. <see cref="Name"/> identifies it for styles and for the redline.
/// </summary>
public sealed record Section(string Name, SectionStyle Style, IReadOnlyList<Block> Blocks) : Block;

/// <summary>
/// Blocks that together are one fragment of an Inline XBRL text block (the Pay versus Performance table, a
/// reconciliation). Fragments with the same <see cref="FactTag.Id"/> are one fact, joined in document order. Writers
/// that do not tag facts render the blocks as if the tag were not there.
/// </summary>
public sealed record TaggedBlocks(FactTag Tag, IReadOnlyList<Block> Blocks) : Block;

public enum SectionStyle
{
    Plain,
    Boxed,
    NewPage,
}
