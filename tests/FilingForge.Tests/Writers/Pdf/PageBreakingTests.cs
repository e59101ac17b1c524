using System.Globalization;
using FilingForge.Document;
using FilingForge.Writers.Pdf.Layout;
using static FilingForge.Tests.Writers.Pdf.PdfTestDocuments;

namespace FilingForge.Tests.Writers.Pdf;

public sealed class PageBreakingTests
{
    private static Paragraph Numbered(int from, int count) =>
        new([new TextRun(string.Join(" ", Enumerable.Range(from, count).Select(i => "L" + i.ToString(CultureInfo.InvariantCulture))))], TextAlignment.Left);

    [Theory]
    [InlineData(40)]
    [InlineData(41)]
    [InlineData(42)]
    [InlineData(43)]
    public void A_paragraph_split_across_pages_leaves_at_least_two_lines_on_each(int fillerLines)
    {
        var blocks = Enumerable.Range(0, fillerLines).Select(_ => (Block)new Paragraph([new TextRun("x")], TextAlignment.Left)).ToList();
        var long_ = new Paragraph([new TextRun(string.Join(" ", Enumerable.Range(0, 400).Select(_ => "word")))], TextAlignment.Justify);
        blocks.Add(long_);
        var (pages, _) = LayOut(Of(blocks.ToArray()));
        var perPage = pages.Select(p => p.Items.OfType<TextItem>().Where(t => t.Text.Contains("word", StringComparison.Ordinal)).Select(t => t.Baseline).Distinct().Count()).Where(n => n > 0).ToList();
        Assert.All(perPage, n => Assert.True(n >= 2, $"lines per page: {string.Join(",", perPage)}"));
    }

    [Fact]
    public void A_heading_is_never_the_last_thing_on_a_page()
    {
        var blocks = new List<Block>();
        for (var i = 0; i < 60; i++)
        {
            blocks.Add(new Heading(2, [new TextRun("Heading " + i.ToString(CultureInfo.InvariantCulture))], "h" + i.ToString(CultureInfo.InvariantCulture)));
            blocks.Add(Numbered(i * 100, 30 + i % 7 * 9));
        }

        var (pages, _) = LayOut(Of(blocks.ToArray()));
        foreach (var page in pages)
        {
            var body = page.Items.OfType<TextItem>().Where(t => t.Baseline < 792 - 72).ToList();
            Assert.DoesNotContain("Heading", body[^1].Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_page_break_starts_a_new_page_and_the_footer_numbers_pages()
    {
        var (pages, _) = LayOut(Of(Text("one"), new PageBreak(), Text("two")));
        Assert.Equal(2, pages.Count);
        Assert.Contains("2", Texts(pages[1]));
    }
}
