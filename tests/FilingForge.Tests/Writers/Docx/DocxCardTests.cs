using FilingForge.Document;
using FilingForge.Tests.Samples;
using FilingForge.Tests.Support;
using FilingForge.Tests.Writers.Fidelity;

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
        List<string> pages;
        try
        {
            pages = LibreOfficeRendering.Pages(path).Where(p => p.Trim().Length > 0).ToList();
        }
        finally
        {
            File.Delete(path);
        }

        var sides = Sides(card);
        Assert.Equal(sides.Count, pages.Count);
        for (var i = 0; i < sides.Count; i++)
        {
            var expected = DocumentWords.Of(card with { Blocks = sides[i] });
            var actual = DocumentWords.In(pages[i]).ToList();
            Assert.True(WordOrder.FirstMissing(expected, actual) is null, $"side {i + 1}: {WordOrder.FirstMissing(expected, actual)}");
        }
    }

    private (FilingDocument Card, byte[] Docx) Card(string sample)
    {
        if (sample == "cabot-2024")
            return (CabotSample.Documents.Single(d => d.Document.Name == "proxy-card").Document,
                CabotSample.Files.Single(f => f.FileName == "proxy-card.docx").Content);
        var card = capstone.Documents.Single(d => d.Name == "proxy-card");
        return (card, capstone.File(card, ".docx").Content);
    }

    /// <summary>The card's sides: its top-level blocks split at its page breaks.</summary>
    private static List<List<Block>> Sides(FilingDocument card)
    {
        var sides = new List<List<Block>> { new() };
        foreach (var block in BlockTree.Untagged(card.Blocks))
        {
            if (block is PageBreak) sides.Add([]);
            else sides[^1].Add(block);
        }

        return sides;
    }
}
