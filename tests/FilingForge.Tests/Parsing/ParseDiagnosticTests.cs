using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Parsing;

namespace FilingForge.Tests.Parsing;

/// <summary>Markdown outside the dialect is reported by ID at its line in &lt;document&gt;.md, set as text, and never throws.</summary>
public class ParseDiagnosticTests
{
    [Fact]
    public void External_link_is_an_error_at_its_line_and_its_text_is_kept()
    {
        var result = Parse.Markdown("Intro.\n\nSee [the SEC](https://www.sec.gov) now.");
        Assert.Equal(["FF5202 doc.md:3"], result.Reported);
        Assert.Equal([new TextRun("See the SEC now.")], Assert.IsType<Paragraph>(result.Blocks[1]).Inlines);
    }

    [Fact]
    public void Autolink_is_an_external_link()
    {
        var result = Parse.Markdown("Go to <https://example.com>.");
        Assert.Equal(["FF5202 doc.md:1"], result.Reported);
        Assert.Equal([new TextRun("Go to https://example.com.")], result.Single<Paragraph>().Inlines);
    }

    [Fact]
    public void Image_is_an_error_and_its_description_is_kept()
    {
        var result = Parse.Markdown("![Logo](logo.png)");
        Assert.Equal(["FF5203 doc.md:1"], result.Reported);
        Assert.Equal([new TextRun("Logo")], result.Single<Paragraph>().Inlines);
    }

    [Fact]
    public void Raw_html_block_is_an_error_and_set_as_literal_text()
    {
        var result = Parse.Markdown("Text.\n\n<script>alert(1)</script>\n");
        Assert.Equal(["FF5200 doc.md:3"], result.Reported);
        Assert.Equal([new TextRun("<script>alert(1)</script>")], Assert.IsType<Paragraph>(result.Blocks[1]).Inlines);
    }

    [Fact]
    public void Raw_html_inline_is_an_error_and_set_as_literal_text()
    {
        var result = Parse.Markdown("A <b>bold</b> claim.");
        Assert.Equal(["FF5200 doc.md:1", "FF5200 doc.md:1"], result.Reported);
        Assert.Equal([new TextRun("A <b>bold</b> claim.")], result.Single<Paragraph>().Inlines);
    }

    [Fact]
    public void Unknown_directive_is_an_error_and_the_line_is_set_as_text()
    {
        var result = Parse.Markdown("Text.\n\n@@pagebrake\n");
        Assert.Equal(["FF5204 doc.md:3"], result.Reported);
        Assert.Equal([new TextRun("@@pagebrake")], Assert.IsType<Paragraph>(result.Blocks[1]).Inlines);
    }

    [Theory]
    [InlineData("@@toc 7", "FF5205")]
    [InlineData("@@pagebreak now", "FF5205")]
    [InlineData("@@checkboxes FOR || [x] AGAINST", "FF5205")]
    [InlineData("@@signature = Karen Clark", "FF5205")]
    [InlineData("@@checkboxes", "FF5205")]
    public void Invalid_directive_arguments_are_reported(string markdown, string id) =>
        Assert.Equal([$"{id} doc.md:1"], Parse.Markdown(markdown).Reported);

    [Fact]
    public void Unclosed_fence_is_an_error_at_its_opening_line()
    {
        var result = Parse.Markdown("Text.\n\n~~~ ff-table id=t\ncolumn: a text left\nrow 0: x\n");
        Assert.Equal(["FF5206 doc.md:3"], result.Reported);
        Assert.IsType<Table>(result.Blocks[1]);
    }

    [Fact]
    public void Unknown_fenced_block_is_an_error_and_its_lines_are_text()
    {
        var result = Parse.Markdown("```csharp\nvar x = 1;\n```\n");
        Assert.Equal(["FF5207 doc.md:1"], result.Reported);
        Assert.Equal([new TextRun("var x = 1;")], result.Single<Paragraph>().Inlines);
    }

    [Fact]
    public void Indented_code_is_a_warning_and_set_as_text()
    {
        var result = Parse.Markdown("Text.\n\n    indented\n");
        Assert.Equal(["FF5208 doc.md:3"], result.Reported);
        Assert.Equal(Severity.Warning, result.Diagnostics.Items.Single().Severity);
    }

    [Fact]
    public void Block_quote_is_a_warning_and_its_content_kept()
    {
        var result = Parse.Markdown("> quoted\n");
        Assert.Equal(["FF5208 doc.md:1"], result.Reported);
        Assert.IsType<Paragraph>(Assert.Single(result.Blocks));
    }

    [Fact]
    public void Hand_typed_pipe_table_is_a_warning_and_stays_a_paragraph()
    {
        var result = Parse.Markdown("Intro.\n\n| Name | Age |\n|------|----:|\n| Ake | 50 |\n");
        Assert.Equal(["FF5201 doc.md:3"], result.Reported);
        Assert.IsType<Paragraph>(result.Blocks[1]);
    }

    [Fact]
    public void Heading_deeper_than_three_is_a_warning_and_set_as_level_three()
    {
        var result = Parse.Markdown("#### Deep");
        Assert.Equal(["FF5209 doc.md:1"], result.Reported);
        Assert.Equal(3, result.Single<Heading>().Level);
    }

    [Fact]
    public void Duplicate_explicit_id_is_an_error_and_renamed()
    {
        var result = Parse.Markdown("# A {#xy}\n\n# B {#xy}\n");
        Assert.Equal(["FF5210 doc.md:3"], result.Reported);
        Assert.Equal("xy-2", Assert.IsType<Heading>(result.Blocks[1]).Id);
    }

    [Fact]
    public void Unknown_paragraph_class_is_a_warning()
    {
        var result = Parse.Markdown("Text.\n{.blink}\n");
        Assert.Equal(["FF5211 doc.md:1"], result.Reported);
    }

    [Theory]
    [InlineData("# Heading {#x}", "FF5215 doc.md:1")]
    [InlineData("Text.\n{#x}", "FF5215 doc.md:2")]
    public void Attribute_block_that_markdig_cannot_read_is_an_error(string markdown, string expected) =>
        Assert.Equal([expected], Parse.Markdown(markdown).Reported);

    [Fact]
    public void Escaped_braces_at_the_end_of_a_heading_are_text() =>
        Assert.Equal("Heading {#x}", ((TextRun)Parse.Clean(@"# Heading \{#x\}").Single<Heading>().Inlines.Single()).Text);

    [Fact]
    public void Link_to_an_id_that_does_not_exist_is_an_error()
    {
        var result = Parse.Markdown("# Here {#here}\n\n[ok](#here) and [broken](#nowhere)\n");
        Assert.Equal(["FF5212 doc.md:3"], result.Reported);
    }

    [Theory]
    [InlineData("::: warning\nText.\n:::\n")]
    [InlineData("::: section card shiny\nText.\n:::\n")]
    [InlineData("::: section\nText.\n:::\n")]
    public void Container_that_is_not_a_valid_section_is_an_error(string markdown) =>
        Assert.Equal(["FF5213 doc.md:1"], Parse.Markdown(markdown).Reported);

    [Fact]
    public void Unclosed_section_is_an_error_at_its_opening_line()
    {
        var result = Parse.Markdown("Text.\n\n::: section card boxed\nInside.\n");
        Assert.Equal(["FF5214 doc.md:3"], result.Reported);
        Assert.IsType<Section>(result.Blocks[1]);
    }

    /// <summary>
    /// Issue 16 item 15: a section left open in proxy-card/front was reported at the first line of the next template,
    /// the next section's, which Markdig leaves unclosed when the outer section takes its ':::'.
    /// </summary>
    [Fact]
    public void A_section_left_open_before_the_next_one_is_reported_at_its_own_opening_line()
    {
        var result = Parse.Markdown("::: section front plain\nFront.\n\n::: section reverse plain\nReverse.\n:::\n");
        Assert.Equal(["FF5214 doc.md:1"], result.Reported);
    }

    [Fact]
    public void Markdown_nested_deeper_than_markdig_allows_is_an_error_and_kept_as_text()
    {
        var markdown = new string('>', 500) + " deep";
        var result = Parse.Markdown(markdown);
        Assert.Equal(["FF5216 doc.md:1"], result.Reported);
        Assert.Equal([new TextRun(markdown)], result.Single<Paragraph>().Inlines);
    }

    [Fact]
    public void Source_map_reports_the_template_line_that_produced_the_markdown_line()
    {
        var map = new SourceMap();
        map.Append(new SourceLocation("templates/proxy-card/card.md.sbn", 12, 1));
        map.Append(SourceLocation.None);
        map.Set(3, new SourceLocation("templates/proxy-card/card.md.sbn", 14, 1));
        var result = Parse.Markdown("[a](http://x)\n\n@@nope\n\n[b](http://y)\n", map);
        Assert.Equal(["FF5202 doc.md:5", "FF5202 templates/proxy-card/card.md.sbn:12", "FF5204 templates/proxy-card/card.md.sbn:14"], result.Reported);
    }

    [Fact]
    public void Diagnostics_print_as_compiler_messages()
    {
        var diagnostic = Parse.Markdown("\n[x](mailto:a@b.c)").Diagnostics.Items.Single();
        Assert.Equal("doc.md:2:1: error FF5202: link target 'mailto:a@b.c' is not an internal '#id' link (EDGAR allows no other); the link is set as text",
            diagnostic.ToString());
    }

    [Fact]
    public void Every_parse_diagnostic_has_a_unique_id_in_the_claimed_range()
    {
        var ids = typeof(ParseDiagnostics).GetFields().Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids, id => Assert.InRange(int.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture), 5200, 5299));
    }
}
