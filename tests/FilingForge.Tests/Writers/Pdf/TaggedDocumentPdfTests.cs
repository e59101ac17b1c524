using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Tests.Support;
using FilingForge.Tests.Writers.Docx;
using FilingForge.Writers.Pdf;
using static FilingForge.Tests.Writers.Pdf.PdfTestDocuments;

namespace FilingForge.Tests.Writers.Pdf;

/// <summary>A PDF carries no Inline XBRL facts: a tagged document's .pdf is the one of the same document untagged.</summary>
public sealed class TaggedDocumentPdfTests
{
    private static readonly DateTimeOffset Fixed = new(2024, 1, 26, 0, 0, 0, TimeSpan.Zero);

    private static (byte[] Bytes, IReadOnlyList<Diagnostic> Diagnostics) Write(FilingDocument document)
    {
        var diagnostics = new DiagnosticBag();
        using var memory = new MemoryStream();
        new PdfWriter(Fixed).Write(document, TestTheme.Create(), memory, diagnostics);
        return (memory.ToArray(), diagnostics.Sorted());
    }

    [Fact]
    public void A_document_with_tagged_figures_text_and_blocks_writes_the_same_pdf_bytes_as_the_document_without_the_tags()
    {
        var untagged = Write(TaggedDocuments.PayVersusPerformance(tagged: false));
        var tagged = Write(TaggedDocuments.PayVersusPerformance(tagged: true));

        Assert.Empty(tagged.Diagnostics);
        Assert.Equal(untagged.Diagnostics, tagged.Diagnostics);
        Assert.Equal(untagged.Bytes, tagged.Bytes);
    }

    [Fact]
    public void Tagged_text_is_set_in_the_words_around_it_and_tagged_blocks_in_place()
    {
        var (pages, diagnostics) = LayOut(TaggedDocuments.PayVersusPerformance(tagged: true));

        Assert.Empty(diagnostics.Sorted());
        var text = string.Join(" ", pages.Select(AllText));
        Assert.Contains("$7,563,201", text, StringComparison.Ordinal);
        Assert.Contains("4,512,000", text, StringComparison.Ordinal);
        Assert.Contains("The table below shows pay and performance.", text, StringComparison.Ordinal);
        Assert.Contains("A boxed note.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Tagging_every_block_and_every_run_of_the_all_nodes_document_changes_no_byte_of_its_pdf()
    {
        var document = AllNodesDocument.Load();
        var untagged = Write(document);
        var tagged = Write(TaggedDocuments.TagEverything(document));

        Assert.Equal(untagged.Diagnostics, tagged.Diagnostics);
        Assert.Equal(untagged.Bytes, tagged.Bytes);
    }

    [Fact]
    public void Tagging_every_block_and_every_run_of_the_sample_filing_changes_no_byte_of_its_pdf_files()
    {
        foreach (var document in SampleFilingDocuments.All)
        {
            var untagged = Write(document);
            var tagged = Write(TaggedDocuments.TagEverything(document));

            Assert.Equal(untagged.Diagnostics, tagged.Diagnostics);
            Assert.True(untagged.Bytes.AsSpan().SequenceEqual(tagged.Bytes), $"{document.Name}.pdf differs when tagged");
        }
    }
}
