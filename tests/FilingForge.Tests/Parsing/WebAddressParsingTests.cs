using FilingForge.Document;
using FilingForge.Templating;

namespace FilingForge.Tests.Parsing;

/// <summary>A web address printed as text becomes a <see cref="WebAddress"/>; a Markdown link out of the document stays FF5202.</summary>
public class WebAddressParsingTests
{
    [Fact]
    public void An_http_address_in_text_becomes_a_web_address_whose_text_is_the_address()
    {
        var inlines = Parse.Inlines("Vote at http://www.eproxy.com/cpst today.");
        Assert.Equal(3, inlines.Count);
        Assert.Equal([new TextRun("Vote at ")], inlines.Take(1));
        var address = Assert.IsType<WebAddress>(inlines[1]);
        Assert.Equal("http://www.eproxy.com/cpst", address.Url);
        Assert.Equal([new TextRun("http://www.eproxy.com/cpst")], address.Children);
        Assert.Equal(new TextRun(" today."), inlines[2]);
    }

    [Fact]
    public void A_www_address_opens_its_http_address_and_prints_as_written()
    {
        var address = Assert.IsType<WebAddress>(Parse.Inlines("See www.proxyvote.com now")[1]);
        Assert.Equal("http://www.proxyvote.com", address.Url);
        Assert.Equal([new TextRun("www.proxyvote.com")], address.Children);
    }

    [Fact]
    public void An_https_address_keeps_its_scheme()
    {
        var address = Assert.IsType<WebAddress>(Parse.Inlines("https://www.sec.gov/edgar")[0]);
        Assert.Equal("https://www.sec.gov/edgar", address.Url);
    }

    [Theory]
    [InlineData("the Commission's web site, www.sec.gov.", "www.sec.gov", ".")]
    [InlineData("at http://www.sec.gov, or by mail", "http://www.sec.gov", ", or by mail")]
    [InlineData("(see http://www.sec.gov)", "http://www.sec.gov", ")")]
    public void Punctuation_after_an_address_stays_text(string markdown, string address, string after)
    {
        var inlines = Parse.Inlines(markdown);
        Assert.Equal([new TextRun(address)], Assert.Single(inlines.OfType<WebAddress>()).Children);
        Assert.Equal(new TextRun(after), inlines[^1]);
    }

    [Fact]
    public void A_data_value_escaped_by_the_template_links_to_the_address_the_value_names()
    {
        var inlines = Parse.Inlines("At " + MarkdownEscaper.Escape("http://www.example.com/annual_report?year=2003&page=1"));
        var address = Assert.IsType<WebAddress>(inlines[1]);
        Assert.Equal("http://www.example.com/annual_report?year=2003&page=1", address.Url);
        Assert.Equal([new TextRun("http://www.example.com/annual_report?year=2003&page=1")], address.Children);
    }

    [Theory]
    [InlineData("Rule 0-11(a)(2) and Section 16(a)")]
    [InlineData("write to ir@microturbine.com or investor.relations@capstone")]
    [InlineData("javascript:alert(1) and vbscript:x and file:///etc/passwd")]
    [InlineData("mailto:ir@microturbine.com, tel:+18185551234 or ftp://ftp.example.com/x")]
    [InlineData("U.S. Pat. No. 5.123 and Inc.www")]
    public void Text_that_is_no_web_address_stays_text(string markdown) =>
        Assert.Equal([new TextRun(markdown)], Parse.Inlines(markdown));

    [Fact]
    public void An_escaped_e_mail_address_of_a_data_value_stays_text() =>
        Assert.Equal([new TextRun("ir@microturbine.com")], Parse.Inlines(MarkdownEscaper.Escape("ir@microturbine.com")));

    [Fact]
    public void A_markdown_link_to_a_web_address_is_still_an_external_link_error()
    {
        var result = Parse.Markdown("See [the SEC](http://www.sec.gov).");
        Assert.Equal(["FF5202 doc.md:1"], result.Reported);
        Assert.Empty(result.Single<Paragraph>().Inlines.OfType<WebAddress>());
    }

    [Fact]
    public void A_javascript_markdown_link_is_never_a_link()
    {
        var result = Parse.Markdown("[click](javascript:alert(1))");
        Assert.Equal(["FF5202 doc.md:1"], result.Reported);
        Assert.Equal([new TextRun("click")], result.Single<Paragraph>().Inlines);
    }

    [Fact]
    public void An_address_inside_an_internal_link_is_the_link_s_text()
    {
        var result = Parse.Clean("# Voting {#voting}\n\n[vote at www.proxyvote.com](#voting)");
        var link = Assert.IsType<InternalLink>(Assert.IsType<Paragraph>(result.Blocks[1]).Inlines[0]);
        Assert.Equal([new TextRun("vote at www.proxyvote.com")], link.Children);
    }

    [Fact]
    public void An_address_in_strong_text_is_a_web_address_inside_the_strong()
    {
        var strong = Assert.IsType<Strong>(Parse.Inlines("**www.sec.gov**")[0]);
        Assert.IsType<WebAddress>(Assert.Single(strong.Children));
    }
}
