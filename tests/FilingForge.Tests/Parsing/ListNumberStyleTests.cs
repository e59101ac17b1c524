using FilingForge.Document;
using FilingForge.Tests.Writers.Html;
using FilingForge.Tests.Writers.Pdf;

namespace FilingForge.Tests.Parsing;

/// <summary>Issue 15 item 8: "1)" lists print "(1)" and "a)" lists "(a)", as the seed numbers its fee items and purposes.</summary>
public sealed class ListNumberStyleTests
{
    [Theory]
    [InlineData("1. one\n2. two\n", ListNumberStyle.Decimal, 1)]
    [InlineData("1) one\n2) two\n", ListNumberStyle.ParenthesizedDecimal, 1)]
    [InlineData("a) one\nb) two\n", ListNumberStyle.ParenthesizedLowerAlpha, 1)]
    [InlineData("c) one\nd) two\n", ListNumberStyle.ParenthesizedLowerAlpha, 3)]
    public void A_list_marker_sets_the_number_style(string markdown, ListNumberStyle style, int start)
    {
        var list = Parse.Clean(markdown).Single<ListBlock>();

        Assert.Equal(style, list.NumberStyle);
        Assert.Equal(start, list.Start);
    }

    [Fact]
    public void A_capital_initial_or_a_parenthesized_footnote_stays_a_paragraph()
    {
        Parse.Clean("A. Smith wrote it.\n").Single<Paragraph>();
        Parse.Clean("(1) The note.\n").Single<Paragraph>();
    }

    [Fact]
    public void Every_writer_prints_the_lettered_marker()
    {
        var list = new ListBlock(true, 1, [[new Paragraph([new TextRun("first")])], [new Paragraph([new TextRun("second")])]])
        {
            NumberStyle = ListNumberStyle.ParenthesizedLowerAlpha,
        };

        var (pages, _) = PdfTestDocuments.LayOut(PdfTestDocuments.Of(list));
        Assert.Contains("(b)", PdfTestDocuments.Texts(pages[0]));
        Assert.Contains("(b)&#160;second", HtmlWriterTestKit.Edgar(HtmlWriterTestKit.DocumentOf(list)).Html);
        Assert.Contains("counter(list-item, lower-alpha)", HtmlWriterTestKit.Preview(HtmlWriterTestKit.DocumentOf(list)).Html);
        var numbering = Writers.Docx.DocxPackage.Write(PdfTestDocuments.Of(list)).Part("word/numbering.xml");
        Assert.Contains("lowerLetter", numbering);
        Assert.Contains("(%1)", numbering);
    }
}
