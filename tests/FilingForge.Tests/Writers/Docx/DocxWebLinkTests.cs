using FilingForge.Document;
using FilingForge.Tests.Writers.Html;

namespace FilingForge.Tests.Writers.Docx;

/// <summary>A web address in Word is a <c>w:hyperlink</c> through an external relationship of the main part.</summary>
public sealed class DocxWebLinkTests
{
    private static readonly FilingDocument Document = HtmlWriterTestKit.DocumentOf(
        new Paragraph([new TextRun("Vote at "), Address("http://www.eproxy.com/cpst"), new TextRun(".")]),
        new Paragraph([new TextRun("Filings: "), Address("http://www.sec.gov", "www.sec.gov"), new TextRun(" and again "), Address("http://www.sec.gov", "www.sec.gov")]),
        new Paragraph([new TextRun("Odd: "), Address("http://www.example.com/a?b=1&c=<2>")]));

    private static WebAddress Address(string url, string? text = null) => new(url, [new TextRun(text ?? url)]);

    [Fact]
    public void A_web_address_is_a_hyperlink_in_the_Hyperlink_style_naming_an_external_relationship()
    {
        var package = DocxPackage.Write(Document);
        var xml = package.Part("word/document.xml");
        Assert.Contains("<w:hyperlink w:history=\"true\" r:id=\"rIdLink1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\" /></w:rPr><w:t>http://www.eproxy.com/cpst</w:t>", xml);
        var rels = package.Part("word/_rels/document.xml.rels");
        Assert.Contains("Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"http://www.eproxy.com/cpst\" TargetMode=\"External\" Id=\"rIdLink1\"", rels);
    }

    [Fact]
    public void An_address_printed_twice_has_one_relationship_and_ids_follow_first_use()
    {
        var package = DocxPackage.Write(Document);
        var xml = package.Part("word/document.xml");
        Assert.Equal(2, xml.Split("r:id=\"rIdLink2\"").Length - 1);
        Assert.Contains("Target=\"http://www.sec.gov\" TargetMode=\"External\" Id=\"rIdLink2\"", package.Part("word/_rels/document.xml.rels"));
        Assert.Contains("Id=\"rIdLink3\"", package.Part("word/_rels/document.xml.rels"));
        Assert.DoesNotContain("rIdLink4", package.Part("word/_rels/document.xml.rels"));
    }

    [Fact]
    public void The_package_with_web_links_passes_the_Office_2019_validator_and_is_the_same_on_every_run()
    {
        var package = DocxPackage.Write(Document);
        Assert.Empty(package.ValidationErrors());
        Assert.Empty(package.Diagnostics);
        Assert.Equal(package.Bytes, DocxPackage.Write(Document).Bytes);
    }

    [Fact]
    public void An_address_inside_an_internal_link_is_that_links_text()
    {
        var document = HtmlWriterTestKit.DocumentOf(
            new Heading(1, [new TextRun("Voting")], "voting"),
            new Paragraph([new InternalLink("voting", [new TextRun("see "), Address("http://www.proxyvote.com")])]));
        var package = DocxPackage.Write(document);
        Assert.DoesNotContain("rIdLink", package.Part("word/document.xml"));
        Assert.Contains("http://www.proxyvote.com", package.Part("word/document.xml"));
        Assert.Empty(package.ValidationErrors());
    }
}
