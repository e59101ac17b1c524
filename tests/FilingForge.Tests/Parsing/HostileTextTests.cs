using FilingForge.Document;

namespace FilingForge.Tests.Parsing;

/// <summary>Data escaped by the Template stage must come back as exactly the text it was, whatever characters it holds.</summary>
public class HostileTextTests
{
    [Theory]
    [InlineData(@"Smith \* Jones \| Co\_", "Smith * Jones | Co_")]
    [InlineData(@"\<script\>alert(1)\</script\>", "<script>alert(1)</script>")]
    [InlineData(@"\[^4\] \[\[blank:3\]\] \+\+x\+\+ \@\@pagebreak", "[^4] [[blank:3]] ++x++ @@pagebreak")]
    [InlineData("Jean-René Hydro-Québec 株式会社 — “quoted” €5", "Jean-René Hydro-Québec 株式会社 — “quoted” €5")]
    [InlineData(@"\{\.center\} \# \\ back", @"{.center} # \ back")]
    public void Escaped_data_round_trips_as_plain_text(string markdown, string text) =>
        Assert.Equal([new TextRun(text)], Parse.Inlines(markdown));

    [Fact]
    public void Escaped_data_round_trips_in_a_heading_even_with_trailing_braces()
    {
        var heading = Parse.Clean(@"## Smith \* Jones \| Co\_ \{\#2\}").Single<Heading>();
        Assert.Equal([new TextRun("Smith * Jones | Co_ {#2}")], heading.Inlines);
        Assert.Equal("smith-jones-co-2", heading.Id);
    }

    [Fact]
    public void A_very_long_word_stays_one_text_run()
    {
        var word = new string('W', 5000) + "é";
        Assert.Equal([new TextRun(word)], Parse.Inlines(word));
    }

    [Fact]
    public void Escaped_data_round_trips_in_a_table_cell()
    {
        var table = Parse.Clean("~~~ ff-table id=t\ncolumn: a text left\ncolumn: b text left\nrow 0: Smith \\* Jones \\| Co\\_ | \\<script\\> \\{x\\}\n~~~\n").Single<Table>();
        Assert.Equal([new TextRun("Smith * Jones | Co_")], table.BodyRows[0].Cells[0].Inlines);
        Assert.Equal([new TextRun("<script> {x}")], table.BodyRows[0].Cells[1].Inlines);
    }

    [Fact]
    public void Cell_text_that_would_open_a_block_stays_text()
    {
        var table = Parse.Clean("~~~ ff-table id=t\ncolumn: a text left\ncolumn: b text left\ncolumn: c text left\nrow 0: 1. first | - dash | # hash\n~~~\n").Single<Table>();
        Assert.Equal(["1. first", "- dash", "# hash"], table.BodyRows[0].Cells.Select(c => ((TextRun)c.Inlines.Single()).Text));
    }

    [Fact]
    public void Escaped_data_round_trips_in_directive_arguments()
    {
        var result = Parse.Clean("@@signature Name = Smith \\* Jones \\| Co\\_ \\|\\| Hydro-Québec \\= Inc\\.\n\n@@checkboxes [ ] Jean-René \\|\\| Co\\_ || [x] \\<b\\>");
        var signature = Assert.IsType<SignatureBlock>(result.Blocks[0]);
        Assert.Equal([new SignatureLine("Name", "Smith * Jones | Co_ || Hydro-Québec = Inc.")], signature.Lines);
        var boxes = Assert.IsType<CheckboxLine>(result.Blocks[1]);
        Assert.Equal(["Jean-René || Co_", "<b>"], boxes.Boxes.Select(b => ((TextRun)b.Label.Single()).Text));
    }
}
