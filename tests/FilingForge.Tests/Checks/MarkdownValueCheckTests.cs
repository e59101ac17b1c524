using FilingForge.Checks.Rules;

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
}
