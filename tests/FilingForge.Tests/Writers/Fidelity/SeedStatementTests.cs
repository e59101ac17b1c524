using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Fidelity;

/// <summary>Write stage, over the sample: each of the seed's legal statements (Fixtures/seed-statements.txt) in every format.</summary>
public sealed class SeedStatementTests(SampleOutputs sample) : IClassFixture<SampleOutputs>
{
    [ToolFact("pdftotext", Install = OutputText.PdfInstall)]
    public void Every_seed_statement_is_made_in_the_pdf() => Check(".pdf", OutputText.OfPdf);

    [Theory]
    [InlineData(".docx")]
    [InlineData(".html")]
    [InlineData(".htm")]
    public void Every_seed_statement_is_made_in_the_docx_and_both_html_files(string extension) =>
        Check(extension, extension == ".docx" ? OutputText.OfDocx : OutputText.OfHtml);

    private void Check(string extension, Func<byte[], string> text)
    {
        var statements = SeedStatement.Load();
        Assert.NotEmpty(statements);
        var missing = new List<string>();
        foreach (var document in sample.Documents)
        {
            var words = DocumentWords.In(text(sample.File(document, extension).Content)).Select(w => w.ToUpperInvariant()).ToList();
            missing.AddRange(statements.Where(s => s.AppliesTo(document.Name) && !s.IsIn(words)).Select(s => $"{document.Name}{extension}: {s.Text}"));
        }

        Assert.True(missing.Count == 0, "statements missing:\n" + string.Join("\n", missing));
        Assert.All(statements, s => Assert.Contains(sample.Documents, d => s.AppliesTo(d.Name)));
    }
}
