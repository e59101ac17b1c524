using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Fidelity;

/// <summary>
/// Write stage, over every document of the sample: every word of the Document IR appears, in order, in the text of
/// each format. A writer that drops a line (the PDF once drew only the first line of a wrapped check box label) fails
/// here with the words around the loss.
/// </summary>
public sealed class NoWordLostTests(SampleOutputs sample) : IClassFixture<SampleOutputs>
{
    [ToolFact("pdftotext", Install = OutputText.PdfInstall)]
    public void Every_word_of_every_sample_document_appears_in_order_in_its_pdf() => Check(".pdf", OutputText.OfPdf);

    [Fact]
    public void Every_word_of_every_sample_document_appears_in_order_in_its_docx() => Check(".docx", OutputText.OfDocx);

    [Fact]
    public void Every_word_of_every_sample_document_appears_in_order_in_its_html_preview() => Check(".html", OutputText.OfHtml);

    [Fact]
    public void Every_word_of_every_sample_document_appears_in_order_in_its_edgar_htm() => Check(".htm", OutputText.OfHtml);

    [Fact]
    public void The_writers_report_nothing_they_could_not_render_for_the_sample() =>
        Assert.DoesNotContain(sample.Diagnostics, d => d.Id.StartsWith("FF6", StringComparison.Ordinal) && d.Severity != FilingForge.Diagnostics.Severity.Info);

    private void Check(string extension, Func<byte[], string> text)
    {
        Assert.Equal(4, sample.Documents.Count);
        var failures = new List<string>();
        foreach (var document in sample.Documents)
        {
            var expected = DocumentWords.Of(document);
            Assert.True(expected.Count > 50, $"{document.Name} has only {expected.Count} words");
            var actual = DocumentWords.In(text(sample.File(document, extension).Content)).ToList();
            if (WordOrder.FirstMissing(expected, actual) is { } missing) failures.Add($"{document.Name}{extension}: {missing}");
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }
}
