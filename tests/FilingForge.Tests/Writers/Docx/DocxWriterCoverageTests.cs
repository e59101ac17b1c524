using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Tests.Support;
using FilingForge.Writers.Docx.Rendering;

namespace FilingForge.Tests.Writers.Docx;

public sealed class DocxWriterCoverageTests
{
    [Fact]
    public void Every_block_kind_of_the_IR_has_a_Word_renderer()
    {
        var blockKinds = typeof(Block).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Block)) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        var renderer = new DocxRenderer(new DocxState(CoverDocument.Build(), new DiagnosticBag()), new DocxLook(TestTheme.Create()));

        Assert.Equal(blockKinds, renderer.RenderedBlockTypes.OrderBy(t => t.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void The_all_nodes_document_uses_every_inline_kind_and_each_reaches_the_Word_body()
    {
        var xml = DocxPackage.Write(AllNodesDocument.Load()).Part("word/document.xml").Replace(" />", "/>", StringComparison.Ordinal);

        Assert.Contains("<w:b/>", xml);
        Assert.Contains("<w:i/>", xml);
        Assert.Contains("<w:u w:val=\"single\"/>", xml);
        Assert.Contains("<w:br/>", xml);
        Assert.Contains("<w:rStyle w:val=\"FootnoteReference\"/>", xml);
        Assert.Contains("<w:hyperlink", xml);
        Assert.Contains("<w:hyperlink w:history=\"true\" r:id=\"rIdLink1\">", xml);
        Assert.Contains("\u00A0\u00A0\u00A0", xml);
    }

    [Fact]
    public void Tables_use_merges_repeating_heads_unsplittable_rows_and_kept_groups()
    {
        var xml = DocxPackage.Write(AllNodesDocument.Load()).Part("word/document.xml").Replace(" />", "/>", StringComparison.Ordinal);

        Assert.Contains("<w:gridSpan w:val=\"2\"/>", xml);
        Assert.Contains("<w:vMerge w:val=\"restart\"/>", xml);
        Assert.Contains("<w:vMerge w:val=\"continue\"/>", xml);
        Assert.Contains("<w:tblHeader/>", xml);
        Assert.Contains("<w:cantSplit/>", xml);
        Assert.Contains("<w:keepNext/>", xml);
    }

    [Fact]
    public void Forms_use_check_box_controls_a_TOC_field_and_a_native_chart()
    {
        var package = DocxPackage.Write(AllNodesDocument.Load());
        var xml = package.Part("word/document.xml").Replace(" />", "/>", StringComparison.Ordinal);

        Assert.Contains("<w14:checkbox>", xml);
        Assert.Contains("\u2612", xml);
        Assert.Contains(" TOC \\o \"1-2\" \\h \\z \\u ", xml);
        Assert.Contains("<c:chart r:id=\"rIdChart1\"/>", xml);
        Assert.Contains("<c:lineChart>", package.Part("word/charts/chart1.xml"), StringComparison.Ordinal);
        Assert.Contains("word/charts/embeddings/package.xlsx", package.EntryNames());
    }
}
