using FilingForge.Document;

namespace FilingForge.Tests.Parsing;

public class InlineParsingTests
{
    [Fact]
    public void Plain_text_is_one_text_run() =>
        Assert.Equal([new TextRun("Plain words.")], Parse.Inlines("Plain words."));

    [Fact]
    public void Double_asterisks_are_strong()
    {
        var strong = Assert.IsType<Strong>(Parse.Inlines("**bold**")[0]);
        Assert.Equal([new TextRun("bold")], strong.Children);
    }

    [Fact]
    public void Single_asterisks_are_emphasis()
    {
        var emphasis = Assert.IsType<Emphasis>(Parse.Inlines("*slanted*")[0]);
        Assert.Equal([new TextRun("slanted")], emphasis.Children);
    }

    [Fact]
    public void Double_plus_signs_are_underline()
    {
        var underline = Assert.IsType<Underline>(Parse.Inlines("++defined term++")[0]);
        Assert.Equal([new TextRun("defined term")], underline.Children);
    }

    [Theory]
    [InlineData("first\\\nsecond")]
    [InlineData("first  \nsecond")]
    public void Backslash_or_two_spaces_at_line_end_is_a_line_break(string markdown) =>
        Assert.Equal([new TextRun("first"), new LineBreak(), new TextRun("second")], Parse.Inlines(markdown));

    [Fact]
    public void Soft_line_end_is_a_space() =>
        Assert.Equal([new TextRun("first second")], Parse.Inlines("first\nsecond"));

    [Fact]
    public void Caret_reference_is_a_footnote_reference_without_definition() =>
        Assert.Equal([new TextRun("Ake Almgren"), new FootnoteReference("4"), new TextRun(" and "), new FootnoteReference("*")],
            Parse.Inlines("Ake Almgren[^4] and [^*]"));

    [Fact]
    public void Fragment_link_is_an_internal_link()
    {
        var result = Parse.Clean("# Proposal 1 {#proposal-1}\n\nSee [Proposal 1](#proposal-1).");
        var link = Assert.IsType<InternalLink>(Assert.IsType<Paragraph>(result.Blocks[1]).Inlines[1]);
        Assert.Equal("proposal-1", link.TargetId);
        Assert.Equal([new TextRun("Proposal 1")], link.Children);
    }

    [Fact]
    public void Double_bracket_blank_is_a_fill_in_blank() =>
        Assert.Equal([new TextRun("Date: "), new FillInBlank(20)], Parse.Inlines("Date: [[blank:20]]"));

    [Fact]
    public void Bracket_text_that_is_no_extension_stays_text() =>
        Assert.Equal([new TextRun("[see above] [^ x] [[blank:abc]]")], Parse.Inlines("[see above] [^ x] [[blank:abc]]"));
}
