namespace FilingForge.Document;

/// <summary>
/// Where FilingForge's own paged layout (the PDF's) puts the document with the theme it is written with: the page of
/// each heading, by its id, and the page count. The compiler computes it once per document and hands it, on
/// <see cref="FilingDocument.Pagination"/>, to every paged writer: the PDF sets its contents and <c>{pages}</c> from it,
/// the Word writer fills the cached result of its TOC field with it, so both print the same numbers.
/// </summary>
public sealed record Pagination(IReadOnlyDictionary<string, int> AnchorPages, int? PageCount)
{
    public int? PageOf(string anchorId) => AnchorPages.TryGetValue(anchorId, out var page) && page > 0 ? page : null;
}
