using FilingForge.Review.Diff;
using FilingForge.Tests.Support;
using FilingForge.Tests.Writers.Docx;

namespace FilingForge.Tests.Review;

/// <summary>A tag is not a change a reviewer reads: the redline of a document against itself tagged is empty.</summary>
public class TaggedDocumentDiffTests
{
    [Fact]
    public void The_diff_of_a_document_and_the_same_document_with_tags_is_empty()
    {
        var changes = DocumentDiff.Compare(TaggedDocuments.PayVersusPerformance(tagged: false), TaggedDocuments.PayVersusPerformance(tagged: true));

        Assert.False(changes.HasChanges);
        Assert.Empty(changes.Summary.Changes);
        Assert.All(changes.Blocks, b => Assert.Equal(ChangeKind.Same, b.Kind));
    }

    [Fact]
    public void A_tagged_document_flattens_to_the_blocks_and_words_of_the_untagged_one()
    {
        var untagged = DocumentFlattener.Flatten(TaggedDocuments.PayVersusPerformance(tagged: false));
        var tagged = DocumentFlattener.Flatten(TaggedDocuments.PayVersusPerformance(tagged: true));

        Assert.Equal(Describe(untagged), Describe(tagged));
    }

    [Fact]
    public void The_diff_of_the_sample_filing_and_the_same_filing_with_everything_tagged_is_empty()
    {
        foreach (var document in SampleFilingDocuments.All)
        {
            var untagged = DocumentFlattener.Flatten(document);
            var tagged = DocumentFlattener.Flatten(TaggedDocuments.TagEverything(document));

            Assert.Equal(Describe(untagged), Describe(tagged));
            Assert.False(DocumentDiff.Compare(document, TaggedDocuments.TagEverything(document)).HasChanges, document.Name);
        }
    }

    [Fact]
    public void A_changed_tagged_figure_is_a_change_of_that_figure_alone()
    {
        var before = TaggedDocuments.PayVersusPerformance(tagged: false);
        var after = TaggedDocuments.PayVersusPerformance(tagged: true);
        after = after with { Blocks = after.Blocks.Select(b => b is FilingForge.Document.Paragraph p && p.Inlines.Count > 0 && p.Inlines[0] is FilingForge.Document.TextRun { Text: "End of the disclosure." }
            ? p with { Inlines = [new FilingForge.Document.TaggedText(TaggedDocuments.Any, [new FilingForge.Document.TextRun("End of the section.")])] }
            : b).ToArray() };

        var change = Assert.Single(DocumentDiff.Compare(before, after).Blocks, b => b.IsChange);
        Assert.Equal(["disclosure."], change.Segments.Where(s => s.Kind == SegmentKind.Deleted).Select(s => s.Text));
        Assert.Equal(["section."], change.Segments.Where(s => s.Kind == SegmentKind.Inserted).Select(s => s.Text));
    }

    private static IEnumerable<string> Describe(IEnumerable<FlatBlock> blocks) =>
        blocks.Select(b => $"{b.Signature} [{b.Section}] {b.Title} {b.Role}");
}
