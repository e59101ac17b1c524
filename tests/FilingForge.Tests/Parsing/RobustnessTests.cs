using FilingForge.Document;

namespace FilingForge.Tests.Parsing;

/// <summary>Whatever the Template stage produces, the parser returns a document and diagnostics; it never throws.</summary>
public class RobustnessTests
{
    public static TheoryData<string> Hostile => new()
    {
        "", "\n\n\n", "[[blank:", "[[blank:0]]", "[[blank:99999]]", "[^", "[^]", "[^toolongmarker123]", "@@", "@@ ", "@", ":::", "::: section",
        "~~~ ff-table", "~~~ ff-table\nrow 0: |||", "~~~ ff-table id=\ncolumn:\nheader:\nrow :\nnote :\n~~~", "~~~ ff-chart\ncategories:\nseries:\n~~~",
        "~~~ ff-chart id=c\ncategories: a\nseries: | \n~~~", "{", "{#", "{.}", "# {#}", "\\", "\t\tTabbed\r\n\r\nCRLF  \r\nline", "\0 nul",
        new string('[', 5000), new string('*', 5000), new string('>', 500) + " deep", string.Concat(Enumerable.Repeat("- ", 500)) + "deep",
        "<!-- comment -->", "<div>\nblock\n</div>", "[a]: http://x\n\n[a]", "text\n===", "***", "`code`", "[x](#)", "[x](<#a b>)",
        "~~~ ff-table id=t\ncolumn: a text left\nrow 0: x {rowspan=99 colspan=99}\n~~~",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_markdown_never_throws(string markdown)
    {
        var result = Parse.Markdown(markdown);
        Assert.NotNull(result.Document);
        Assert.All(result.Diagnostics.Items, d => Assert.StartsWith("FF52", d.Id));
    }

    [Fact]
    public void Attribute_paragraph_standing_alone_is_not_printed()
    {
        var result = Parse.Markdown("{.center}\n\nText.\n");
        Assert.DoesNotContain("{.center}", result.Dump);
    }

    [Fact]
    public void Crlf_line_ends_parse_like_lf()
    {
        var crlf = Parse.Markdown("# Title\r\n\r\nText\\\r\nmore\r\n\r\n@@detach CUT\r\n");
        var lf = Parse.Markdown("# Title\n\nText\\\nmore\n\n@@detach CUT\n");
        Assert.Equal(lf.Dump, crlf.Dump);
    }
}
