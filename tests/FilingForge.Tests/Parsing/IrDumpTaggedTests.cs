using FilingForge.Document;
using FilingForge.Parsing;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Parsing;

public class IrDumpTaggedTests
{
    [Fact]
    public void The_dump_names_a_tag_by_its_concept_and_indents_what_it_tags()
    {
        var document = new FilingDocument("pvp", TaggedDocuments.Properties,
        [
            new TaggedBlocks(TaggedDocuments.PvpTable,
            [
                new Paragraph([new TextRun("Paid $"), new TaggedText(TaggedDocuments.PeoTotalComp, [new Strong([new TextRun("7,563,201")])])]),
            ]),
        ]);

        var dump = IrDump.Write(document);

        Assert.EndsWith("""
              TaggedBlocks ecd:PvpTableTextBlock
                Paragraph Justify Body
                  Text "Paid $"
                  TaggedText ecd:PeoTotalCompAmt
                    Strong
                      Text "7,563,201"

            """.Replace("\r\n", "\n", StringComparison.Ordinal), dump, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contents_lists_the_headings_inside_tagged_blocks()
    {
        var blocks = TableOfContentsFiller.Fill(
        [
            new TableOfContents(2, []),
            new TaggedBlocks(TaggedDocuments.Any, [new Section("s", SectionStyle.Plain, [new Heading(2, [new TaggedText(TaggedDocuments.Any, [new TextRun("Pay versus Performance")])], "pvp")])]),
        ]);

        var toc = Assert.IsType<TableOfContents>(blocks[0]);
        Assert.Equal([new TocEntry(2, "Pay versus Performance", "pvp")], toc.Entries);
    }
}
