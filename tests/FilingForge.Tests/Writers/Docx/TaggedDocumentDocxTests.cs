using FilingForge.Document;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Docx;

/// <summary>Word carries no Inline XBRL facts: a tagged document's .docx is the one of the same document untagged.</summary>
public sealed class TaggedDocumentDocxTests
{
    [Fact]
    public void A_document_with_tagged_figures_text_and_blocks_writes_the_same_docx_bytes_as_the_document_without_the_tags()
    {
        var untagged = DocxPackage.Write(TaggedDocuments.PayVersusPerformance(tagged: false));
        var tagged = DocxPackage.Write(TaggedDocuments.PayVersusPerformance(tagged: true));

        Assert.Empty(tagged.Diagnostics);
        Assert.Equal(untagged.Diagnostics, tagged.Diagnostics);
        Assert.Equal(untagged.Bytes, tagged.Bytes);
    }

    [Fact]
    public void The_tagged_figures_reach_the_Word_body_as_plain_runs()
    {
        var xml = DocxPackage.Write(TaggedDocuments.PayVersusPerformance(tagged: true)).Part("word/document.xml");

        Assert.Contains(">$7,563,201<", xml, StringComparison.Ordinal);
        Assert.Contains(">4,512,000<", xml, StringComparison.Ordinal);
        Assert.Contains(">Sean D. Keohane<", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("ecd:", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Tagging_every_block_and_every_run_of_the_all_nodes_document_changes_no_byte_of_its_docx()
    {
        var document = AllNodesDocument.Load();
        var untagged = DocxPackage.Write(document);
        var tagged = DocxPackage.Write(TaggedDocuments.TagEverything(document));

        Assert.Equal(untagged.Diagnostics, tagged.Diagnostics);
        Assert.Equal(untagged.Bytes, tagged.Bytes);
    }

    [Fact]
    public void Tagging_every_block_and_every_run_of_the_sample_filing_changes_no_byte_of_its_docx_files()
    {
        foreach (var document in SampleFilingDocuments.All)
        {
            var untagged = DocxPackage.Write(document);
            var tagged = DocxPackage.Write(TaggedDocuments.TagEverything(document));

            Assert.Equal(untagged.Diagnostics, tagged.Diagnostics);
            Assert.True(untagged.Bytes.AsSpan().SequenceEqual(tagged.Bytes), $"{document.Name}.docx differs when tagged");
        }
    }
}
