using FilingForge.Checks;
using FilingForge.Checks.Rules;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Checks;

/// <summary>
/// The checks of every Markdown value the profile declares (FF52xx the dialect, FF3206 a footnote reference outside
/// a table), on loaded data files (<see cref="CheckFixture"/>): they point at the data file's line.
/// </summary>
public sealed class MarkdownValueCheckTests
{
    [Fact]
    public void Raw_html_in_a_block_biography_is_an_error_at_its_own_line_for_each_tag()
    {
        using var fixture = CheckFixture.Load("html-in-block-biography");
        var diagnostics = fixture.Run(new MarkdownContentCheck());
        Assert.Equal(["FF5200", "FF5200"], Expect.Ids(diagnostics));
        Assert.All(diagnostics.Items, d => Assert.Equal(fixture.At("executive-officers.yaml", 8, 1), d.Location));
    }

    [Fact]
    public void A_web_address_printed_in_a_biography_passes_the_check()
    {
        using var fixture = CheckFixture.Load("web-address-in-biography");
        Assert.Empty(fixture.Run(new MarkdownContentCheck()).Items);
    }

    [Fact]
    public void A_markdown_link_out_of_the_document_in_a_biography_is_still_an_external_link_error()
    {
        using var fixture = CheckFixture.Load("web-link-in-biography");
        Expect.Only(fixture.Run(new MarkdownContentCheck()), "FF5202", fixture.At("executive-officers.yaml", 8, 1));
    }

    [Fact]
    public void A_footnote_reference_in_a_biography_is_an_error_naming_the_field()
    {
        using var fixture = CheckFixture.Load("footnote-in-biography");
        var d = Expect.Only(fixture.Run(new FootnotesCheck()), "FF3206", fixture.At("executive-officers.yaml", 5, 16));
        Assert.Equal("2", d.Arguments[0]);
        Assert.Equal("executive-officers.yaml#officers[0].biography", d.Arguments[1]);
    }

    [Fact]
    public void A_footnote_reference_in_a_table_s_introduction_is_the_table_s_to_define()
    {
        using var fixture = CheckFixture.Load("footnote-in-introduction");
        Assert.Empty(fixture.Run(new FootnotesCheck()).Items);
    }

    [Fact]
    public void A_field_a_proposal_s_body_names_that_its_object_does_not_have_is_an_error_listing_the_dates_it_may_name()
    {
        using var fixture = CheckFixture.Load("unknown-field-in-proposal-body");
        var d = Expect.Only(fixture.Run(new MarkdownFieldReferenceCheck()), "FF3116", fixture.At("proposals.yaml", 10, 11));
        Assert.Equal("authority_expire", d.Arguments[0]);
        Assert.Equal("proposals.yaml#proposals[0].body", d.Arguments[1]);
        Assert.Equal("authority_expires", d.Arguments[2]);
    }

    [Theory]
    [InlineData("Mr. Young has served as a director since 1993. He holds a B.S. from Stanford (1976).\n\nHe is 47.\n", true)]
    [InlineData("Chairman: the board\u2019s \u201Cindependent\u201D director \u2014 since 2002; 75% of $1,000.", true)]
    [InlineData("He is a director.\n- and a list item\n", false)]
    [InlineData("1. first\n", false)]
    [InlineData("2003) a numbered item", false)]
    [InlineData("<b>bold</b>", false)]
    [InlineData("See note [^1].", false)]
    [InlineData("::: note\ntext\n:::\n", false)]
    [InlineData("    indented code", false)]
    [InlineData("*emphasis*", false)]
    [InlineData("a heading\n===\n", false)]
    [InlineData("fill in ____", false)]
    public void Only_plain_prose_is_left_unparsed(string text, bool plain)
    {
        Assert.Equal(plain, MarkdownContentCheck.IsPlainProse(text));
    }

    [Fact]
    public void Every_Markdown_value_of_the_samples_left_unparsed_as_plain_prose_parses_without_a_diagnostic()
    {
        var folders = new[] { RepositoryPaths.SampleData, SampleData.Directory, RepositoryPaths.At("tests/FilingForge.Tests/Templating/small-filing") };
        var plain = 0;
        foreach (var folder in folders)
        {
            var values = FilingForge.Loading.FilingLoader.Load(folder, new FilingForge.Diagnostics.DiagnosticBag())!;
            foreach (var field in ValueWalker.MarkdownFields(values).Where(f => MarkdownContentCheck.IsPlainProse(f.Text.Value)))
            {
                var found = new FilingForge.Diagnostics.DiagnosticBag();
                FilingForge.Parsing.MarkdownParser.Parse(field.Text.Value, "value", new FilingForge.Document.DocumentProperties("", "", "", "", DateOnly.MinValue, false), found);
                Assert.True(found.Items.Count == 0, $"{field.Name}: {string.Join("; ", found.Items)}");
                plain++;
            }
        }

        Assert.True(plain > 20, $"only {plain} values were plain prose");
    }
}
