using FilingForge.Document;
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

    /// <summary>The seed's contents name the Summary Compensation Table and the option grants table under Executive Officer Compensation.</summary>
    [Fact]
    public void The_contents_name_the_seed_s_two_tables()
    {
        var statement = sample.Documents.Single(d => d.Name == "proxy-statement");
        var toc = Descendants(statement.Blocks).OfType<TableOfContents>().Single();
        var entries = toc.Entries.Select(e => e.Text).ToList();
        var compensation = entries.IndexOf("Executive Officer Compensation");
        Assert.True(compensation >= 0, string.Join("\n", entries));
        Assert.Equal(["Summary Compensation Table", "Option Grants in Fiscal Year 2002"], entries.Skip(compensation + 1).Take(2));
        Assert.All(toc.Entries, e => Assert.True(e.Level <= toc.MaxLevel));
    }

    /// <summary>The seed's code of ethics promotes five things, lettered (a) to (e): a lettered list in every certification.</summary>
    [Fact]
    public void The_code_of_ethics_letters_its_five_purposes_a_to_e()
    {
        var certifications = sample.Documents.Where(d => d.Name.StartsWith("ethics-certification-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(certifications);
        foreach (var certification in certifications)
        {
            var list = Descendants(certification.Blocks).OfType<ListBlock>().Single(l => l.NumberStyle == ListNumberStyle.ParenthesizedLowerAlpha);
            Assert.Equal((1, 5), (list.Start, list.Items.Count));
        }
    }

    private static IEnumerable<Block> Descendants(IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => b switch
        {
            Section s => Descendants(s.Blocks).Prepend(b),
            TaggedBlocks t => Descendants(t.Blocks).Prepend(b),
            _ => [b],
        });

    private void Check(string extension, Func<byte[], string> text)
    {
        var statements = SeedStatement.Load();
        Assert.NotEmpty(statements);
        var missing = new List<string>();
        foreach (var document in sample.Documents)
        {
            var words = DocumentWords.In(text(sample.File(document, extension).Content)).Select(w => w.ToUpperInvariant()).ToList();
            missing.AddRange(statements.Where(s => s.AppliesTo(document.Name) && !s.IsMadeIn(words)).Select(s => $"{document.Name}{extension}: {s.Text}"));
        }

        Assert.True(missing.Count == 0, "statements missing (or made more or less often than the fixture says):\n" + string.Join("\n", missing));
        Assert.All(statements, s => Assert.Contains(sample.Documents, d => s.AppliesTo(d.Name)));
    }
}
