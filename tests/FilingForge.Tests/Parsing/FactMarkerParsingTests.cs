using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Parsing;

namespace FilingForge.Tests.Parsing;

/// <summary>
/// The fact markers the Template stage writes (<c>[[fact:ID]]…[[/fact]]</c>, <c>::: fact ID</c>) become the IR's tagged
/// text and tagged blocks with the tag the Template stage made; a marker that names nothing or is left open is reported
/// and its text kept, and Markdown read back for review keeps the text without the markers.
/// </summary>
public sealed class FactMarkerParsingTests
{
    private static readonly FactContext FiscalYear = new(new FactPeriod(new DateOnly(2022, 10, 1), new DateOnly(2023, 9, 30)), []);
    private static readonly FactTag Total = new("f1", "ecd:PeoTotalCompAmt", FiscalYear, Numeric: true, Unit: "USD", Decimals: 0, Scale: 0, Format: "ixt:num-dot-decimal");
    private static readonly FactTag Table = new("f2", "ecd:PvpTableTextBlock", FiscalYear, Numeric: false, Escape: true);
    private static readonly Dictionary<string, FactTag> Facts = new() { ["f1"] = Total, ["f2"] = Table };

    private static (FilingDocument Document, DiagnosticBag Diagnostics) Parsed(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        return (MarkdownParser.Parse(markdown, "doc", Parse.Properties, diagnostics, facts: Facts), diagnostics);
    }

    [Fact]
    public void A_marked_figure_in_a_table_cell_is_tagged_text_around_exactly_the_figure()
    {
        var (document, diagnostics) = Parsed("""
            ::: fact f2
            ~~~ ff-table id=pvp
            column: year text left 1
            column: total money right 1
            header: Year | Total
            row 0: 2023 | $[[fact:f1]]7,791,510[[/fact]]
            ~~~
            :::
            """);

        Assert.Empty(diagnostics.Items);
        var block = Assert.IsType<TaggedBlocks>(Assert.Single(document.Blocks));
        Assert.Same(Table, block.Tag);
        var cell = Assert.IsType<Table>(Assert.Single(block.Blocks)).BodyRows[0].Cells[1];
        Assert.Equal(2, cell.Inlines.Count);
        Assert.Equal(new TextRun("$"), cell.Inlines[0]);
        var tagged = Assert.IsType<TaggedText>(cell.Inlines[1]);
        Assert.Same(Total, tagged.Tag);
        Assert.Equal([new TextRun("7,791,510")], tagged.Children);
    }

    [Fact]
    public void A_marker_naming_no_fact_is_FF5230_and_its_text_is_kept()
    {
        var (document, diagnostics) = Parsed("Paid [[fact:f9]]8,106,840[[/fact]] in all.");

        Assert.Equal("FF5230", Assert.Single(diagnostics.Items).Id);
        Assert.Equal([new TextRun("Paid 8,106,840 in all.")], Assert.IsType<Paragraph>(Assert.Single(document.Blocks)).Inlines);
    }

    [Fact]
    public void A_marker_left_open_is_FF5231_and_a_closing_one_alone_too()
    {
        Assert.Equal("FF5231", Assert.Single(Parsed("Paid [[fact:f1]]8,106,840 in all.").Diagnostics.Items).Id);
        Assert.Equal("FF5231", Assert.Single(Parsed("Paid 8,106,840[[/fact]] in all.").Diagnostics.Items).Id);
    }

    [Fact]
    public void A_block_container_naming_no_fact_is_FF5230_and_its_blocks_are_kept()
    {
        var (document, diagnostics) = Parsed("::: fact f7\nSome text.\n:::");

        Assert.Equal("FF5230", Assert.Single(diagnostics.Items).Id);
        Assert.IsType<Paragraph>(Assert.Single(document.Blocks));
    }

    [Fact]
    public void Markdown_read_back_for_review_keeps_the_text_and_drops_the_markers()
    {
        var diagnostics = new DiagnosticBag();

        var document = MarkdownParser.ParseForReview("::: fact f2\nPaid [[fact:f1]]8,106,840[[/fact]].\n:::", "doc", Parse.Properties, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal([new TextRun("Paid 8,106,840.")], Assert.IsType<Paragraph>(Assert.Single(document.Blocks)).Inlines);
    }
}
