using FilingForge.Document;
using static FilingForge.Tests.Writers.Pdf.PdfTestDocuments;

namespace FilingForge.Tests.Writers.Pdf;

/// <summary>The typesetter never drops a node silently: a kind it has no layout for is warning FF6330.</summary>
public sealed class NodeNotRenderedTests
{
    private sealed record UnknownBlock : Block;

    private sealed record UnknownInline : Inline;

    [Fact]
    public void A_block_kind_the_typesetter_has_no_layout_for_is_a_warning_naming_it_and_the_document()
    {
        var (_, diagnostics) = LayOut(Of(Text("Before."), new UnknownBlock(), new UnknownBlock()));
        var warning = Assert.Single(diagnostics.Sorted(), d => d.Id == "FF6330");
        Assert.Contains("UnknownBlock", warning.Message, StringComparison.Ordinal);
        Assert.Contains("test.pdf", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_kind_the_typesetter_has_no_layout_for_is_a_warning_and_the_text_around_it_is_set()
    {
        var (pages, diagnostics) = LayOut(Of(new Paragraph([new TextRun("Before"), new UnknownInline(), new TextRun(" after.")])));
        Assert.Contains(diagnostics.Sorted(), d => d.Id == "FF6330" && d.Message.Contains("UnknownInline", StringComparison.Ordinal));
        Assert.Contains("Before after.", AllText(pages[0]), StringComparison.Ordinal);
    }
}
