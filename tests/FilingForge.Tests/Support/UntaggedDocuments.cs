using FilingForge.Document;

namespace FilingForge.Tests.Support;

/// <summary>
/// A tagged document as it would be with no tagging: every tag's content in its place, neighbouring text runs joined
/// as the parser joins them, and no Inline XBRL header. What a build of the same data without <c>xbrl.yaml</c> gives.
/// </summary>
public static class UntaggedDocuments
{
    private static readonly DocumentRewriter Untagging = new(BlockTree.Untagged, UntaggedText.Of);

    public static FilingDocument Untag(FilingDocument document) => Untagging.Rewrite(document) with { InlineXbrl = null };
}
