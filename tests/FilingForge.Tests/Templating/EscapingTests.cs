using FilingForge.Templating;

namespace FilingForge.Tests.Templating;

public class EscapingTests
{
    [Theory]
    [InlineData("Smith * Jones | Co_", @"Smith \* Jones \| Co\_")]
    [InlineData("<script>alert(1)</script>", @"\<script\>alert(1)\</script\>")]
    [InlineData("@@pagebreak", @"\@\@pagebreak")]
    [InlineData("see [^1] and [[blank:9]]", @"see \[\^1\] and \[\[blank:9\]\]")]
    [InlineData("AT&T ~~gone~~ ++u++ `code` {#id}", @"AT\&T \~\~gone\~\~ \+\+u\+\+ \`code\` \{#id\}")]
    [InlineData("Jean-René Marcoux", "Jean-René Marcoux")]
    [InlineData("Hydro-Québec CapiTech, Inc.", "Hydro-Québec CapiTech, Inc.")]
    [InlineData("2.62%", "2.62%")]
    [InlineData("-0-", "-0-")]
    [InlineData("a\\b", @"a\\b")]
    public void Data_values_are_escaped_so_they_read_back_as_text(string value, string expected) =>
        Assert.Equal(expected, MarkdownEscaper.Escape(value));

    [Theory]
    [InlineData("# Heading", @"\# Heading")]
    [InlineData("- item", @"\- item")]
    [InlineData("1. First", @"1\. First")]
    [InlineData("2) Second", @"2\) Second")]
    [InlineData("::: section x boxed", @"\::: section x boxed")]
    [InlineData("===", @"\===")]
    [InlineData("---", @"\---")]
    public void Block_syntax_at_the_start_of_a_value_is_escaped(string value, string expected) =>
        Assert.Equal(expected, MarkdownEscaper.Escape(value));

    [Fact]
    public void Line_breaks_and_control_characters_cannot_open_a_new_block()
    {
        Assert.Equal(@"Name row 1: x \| y", MarkdownEscaper.Escape("Name\nrow 1: x | y"));
        Assert.Equal("a b", MarkdownEscaper.Escape("a\u0001\u0002b"));
        Assert.Equal(@"Smith \@\@signature", MarkdownEscaper.Escape("Smith\n@@signature"));
    }

    [Fact]
    public void User_markdown_in_a_table_cell_keeps_its_syntax_but_cannot_end_the_cell()
    {
        Assert.Equal(@"*Less* than 1% \| x \| y", MarkdownEscaper.MarkdownToSingleLine("*Less* than\n1% | x \\| y"));
    }
}
