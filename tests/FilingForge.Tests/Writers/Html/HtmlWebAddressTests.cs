using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Writers.Html.Edgar;

namespace FilingForge.Tests.Writers.Html;

/// <summary>The preview links a printed web address; the EDGAR .htm prints it as text, as EDGAR allows no link out.</summary>
public sealed class HtmlWebAddressTests
{
    private static readonly FilingDocument Document = HtmlWriterTestKit.DocumentOf(
        new Paragraph([new TextRun("Vote at "), new WebAddress("http://www.proxyvote.com", [new TextRun("www.proxyvote.com")]), new TextRun(".")]),
        new Paragraph([new WebAddress("http://www.example.com/a?b=1&c=\"2\"", [new TextRun("http://www.example.com/a?b=1&c=\"2\"")])]));

    [Fact]
    public void The_preview_makes_the_address_a_link_whose_text_is_the_address()
    {
        var preview = HtmlWriterTestKit.Preview(Document);
        Assert.Contains("Vote at <a href=\"http://www.proxyvote.com\">www.proxyvote.com</a>.", preview.Html);
        Assert.Empty(preview.Diagnostics);
    }

    [Fact]
    public void The_previews_link_address_is_escaped_in_its_attribute()
    {
        var preview = HtmlWriterTestKit.Preview(Document);
        Assert.Contains("<a href=\"http://www.example.com/a?b=1&amp;c=&quot;2&quot;\">", preview.Html);
    }

    [Fact]
    public void The_EDGAR_document_prints_the_address_as_text_and_links_nowhere_outside()
    {
        var edgar = HtmlWriterTestKit.Edgar(Document);
        Assert.Contains("Vote at www.proxyvote.com.", edgar.Html);
        Assert.DoesNotContain("<a ", edgar.Html);
        Assert.Empty(edgar.Diagnostics);
    }

    [Fact]
    public void The_EDGAR_checker_finds_nothing_in_the_EDGAR_document()
    {
        var edgar = HtmlWriterTestKit.Edgar(Document);
        var diagnostics = new DiagnosticBag();
        new EdgarHtmlChecker().Check("web.htm", edgar.Bytes, diagnostics);
        Assert.Empty(diagnostics.Sorted());
    }
}
