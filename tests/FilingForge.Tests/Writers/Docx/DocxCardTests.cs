using FilingForge.Document;
using FilingForge.Tests.Samples;
using FilingForge.Tests.Support;
using FilingForge.Tests.Writers.Fidelity;
using FilingForge.Theming;

namespace FilingForge.Tests.Writers.Docx;

/// <summary>
/// Write stage, Word: a proxy card's .docx as LibreOffice lays it out holds each side of the card on one page of its own,
/// every word of the side there in order, as the PDF does.
/// </summary>
public sealed class DocxCardTests(SampleOutputs capstone) : IClassFixture<SampleOutputs>
{
    [ToolFact("soffice", "pdftotext", Install = LibreOfficeRendering.Install)]
    public void Each_side_of_the_Capstone_card_s_docx_is_one_page_of_LibreOffice_s_rendering() => CheckSides("capstone-2003");

    [ToolFact("soffice", "pdftotext", Install = LibreOfficeRendering.Install)]
    public void Each_side_of_the_Cabot_card_s_docx_is_one_page_of_LibreOffice_s_rendering() => CheckSides("cabot-2024");

    private void CheckSides(string sample)
    {
        var (card, docx) = Card(sample);
        var path = Path.Combine(Path.GetTempPath(), $"filingforge-card-{sample}-{Guid.NewGuid():N}.docx");
        File.WriteAllBytes(path, docx);
        try
        {
            CheckSides(card, path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void CheckSides(FilingDocument card, string path)
    {
        var pages = LibreOfficeRendering.Pages(path).Where(p => p.Trim().Length > 0).ToList();

        var sides = CardSides.Of(card.Blocks);
        Assert.Equal(sides.Count, pages.Count);
        CheckFoldLines(card, path);
        for (var i = 0; i < sides.Count; i++)
        {
            var expected = DocumentWords.Of(card with { Blocks = sides[i] });
            var actual = DocumentWords.In(pages[i]).ToList();
            Assert.True(WordOrder.FirstMissing(expected, actual) is null, $"side {i + 1}: {WordOrder.FirstMissing(expected, actual)}");
        }
    }

    /// <summary>Each side's detach line sits on the theme's fold: its legend just above it, as in the PDF.</summary>
    private static void CheckFoldLines(FilingDocument card, string path)
    {
        var fold = (double)CommittedTheme.Value.Card.Fold;
        var pages = LibreOfficeRendering.Words(path);
        var labels = BlockTree.Descendants(card.Blocks).OfType<DetachLine>().Select(d => d.Label.Split(' ')).ToList();
        for (var i = 0; i < labels.Count; i++)
        {
            var words = pages[i].Select(w => w.Word).ToList();
            var at = Enumerable.Range(0, Math.Max(0, words.Count - labels[i].Length + 1)).First(k => words.Skip(k).Take(labels[i].Length).SequenceEqual(labels[i]));
            var top = pages[i][at].Top;
            Assert.True(top > fold - 24 && top < fold, $"side {i + 1}: the detach line's legend is at {top:0.#} pt, the fold at {fold} pt");
        }
    }

    private static readonly Lazy<Theme> CommittedTheme = new(() =>
        new FilingForge.Compilation.FilingCompiler().LoadTheme(RepositoryPaths.Templates, new FilingForge.Diagnostics.DiagnosticBag())!);

    private (FilingDocument Card, byte[] Docx) Card(string sample)
    {
        if (sample == "cabot-2024")
            return (CabotSample.Documents.Single(d => d.Document.Name == "proxy-card").Document,
                CabotSample.Files.Single(f => f.FileName == "proxy-card.docx").Content);
        var card = capstone.Documents.Single(d => d.Name == "proxy-card");
        return (card, capstone.File(card, ".docx").Content);
    }
}
