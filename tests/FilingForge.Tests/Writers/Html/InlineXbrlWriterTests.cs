using System.Text;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Tests.Support;
using FilingForge.Writers.Html.InlineXbrl;

namespace FilingForge.Tests.Writers.Html;

/// <summary>
/// The third HTML dialect: every node kind of the IR written as Inline XBRL 1.1 is valid against the Inline XBRL
/// schema and EDGAR's subset, and each fact wraps exactly the text printed for it.
/// </summary>
public sealed class InlineXbrlWriterTests
{
    private static string Write(FilingDocument document, DiagnosticBag? diagnostics = null) =>
        new InlineXbrlWriter().Render(document, TestTheme.Create(), diagnostics ?? new DiagnosticBag());

    [Fact]
    public void Every_node_kind_written_as_Inline_XBRL_passes_the_schema_and_every_check()
    {
        var writing = new DiagnosticBag();
        var document = HtmlTestDocuments.AllNodesInlineXbrl();
        var html = Write(document, writing);
        var checking = new DiagnosticBag();

        new InlineXbrlChecker().Check("allnodes.htm", Encoding.UTF8.GetBytes(html), document.InlineXbrl!.Concepts, checking);

        Assert.Empty(writing.Items);
        Assert.Empty(checking.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void A_numeric_fact_wraps_exactly_the_figure_printed_for_it()
    {
        var html = Write(HtmlTestDocuments.AllNodesInlineXbrl());

        Assert.Contains(" was elected in <ix:nonFraction name=\"test:YearElected\" contextRef=\"D20020101-20021231\" unitRef=\"pure\" decimals=\"0\" scale=\"0\" " +
                        "format=\"ixt:num-dot-decimal\" id=\"fact-f1\">2002</ix:nonFraction>", html);
    }

    [Fact]
    public void A_text_block_printed_in_two_places_is_one_fact_continued_at_the_second()
    {
        var document = HtmlTestDocuments.AllNodesInlineXbrl();
        var second = new TaggedBlocks(HtmlTestDocuments.NoteBlock, [new Paragraph([new TextRun("The rest of the note.")])]);
        var html = Write(document with { Blocks = [.. document.Blocks, second] });

        Assert.Contains("<ix:nonNumeric name=\"test:NoteTextBlock\" contextRef=\"D20020101-20021231\" escape=\"true\" id=\"fact-f2\" continuedAt=\"fact-f2-1\">", html);
        Assert.Contains("<ix:continuation id=\"fact-f2-1\">", html);
        var facts = InlineXbrlFactReader.Read(html);
        Assert.Empty(facts.Errors);
        Assert.EndsWith("The rest of the note.", facts.Facts.Single(f => f.Name == "test:NoteTextBlock").Text);
    }

    [Fact]
    public void The_header_holds_the_contexts_the_units_and_the_schema_reference()
    {
        var html = Write(HtmlTestDocuments.AllNodesInlineXbrl());

        var facts = InlineXbrlFactReader.Read(html);
        Assert.Equal("cpst-20021231.xsd", facts.SchemaRef);
        var context = Assert.Single(facts.Contexts.Values);
        Assert.Equal(("http://www.sec.gov/CIK", "0001009759", "2002-01-01", "2002-12-31"),
            (context.EntityScheme, context.EntityIdentifier, context.Period.StartDate, context.Period.EndDate));
        Assert.Equal(["xbrli:pure"], facts.Units["pure"].Measures);
    }
}
