namespace FilingForge.Document;

/// <summary>
/// The root of the IR: one output document (the proxy statement, the card, one certification).
/// <paramref name="InlineXbrl"/> is set on the document the profile tags: its EDGAR form is then Inline XBRL.
/// </summary>
public sealed record FilingDocument(string Name, DocumentProperties Properties, IReadOnlyList<Block> Blocks, InlineXbrlHeader? InlineXbrl = null)
{
    /// <summary>
    /// The paged layout of this document with the theme it is written with, set by the compiler just before the
    /// writers run (<c>PdfWriter.Paginate</c>); null when nothing needs page numbers or no paged format is written.
    /// A rewrite of <see cref="Blocks"/> must drop it (<c>with { Pagination = null }</c>).
    /// </summary>
    public Pagination? Pagination { get; init; }
}

/// <summary>
/// Metadata written to each format's document properties. <paramref name="DraftStamp"/>, when set, is the line every
/// page of every format carries ("DRAFT — 2026-11-21 — rev abc1234"); a final build leaves it null.
/// <paramref name="Layout"/> is not written anywhere: it says how the paged formats lay the document out.
/// </summary>
public sealed record DocumentProperties(
    string Title,
    string Subject,
    string Company,
    string Author,
    DateOnly Date,
    bool Preliminary,
    string? DraftStamp = null,
    PageLayout Layout = PageLayout.Pages);
