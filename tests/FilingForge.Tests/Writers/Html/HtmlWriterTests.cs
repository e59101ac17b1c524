using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Writers.Html;
using FilingForge.Writers.Html.Edgar;
using FilingForge.Writers.Html.Preview;
using static FilingForge.Tests.Writers.Html.HtmlWriterTestKit;

namespace FilingForge.Tests.Writers.Html;

public sealed class HtmlWriterTests
{
    private static readonly FilingDocument AllNodes = HtmlTestDocuments.AllNodes();

    [Fact]
    public void The_all_nodes_document_holds_every_block_and_inline_kind_of_the_IR()
    {
        var irTypes = typeof(Block).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (t.IsSubclassOf(typeof(Block)) || t.IsSubclassOf(typeof(Inline))))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();

        var present = NodeKinds(AllNodes.Blocks).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(irTypes, present);
    }

    [Fact]
    public void Both_dialects_render_every_node_kind_without_a_diagnostic()
    {
        Assert.Empty(Edgar(AllNodes).Diagnostics);
        Assert.Empty(Preview(AllNodes).Diagnostics);
    }

    [Fact]
    public void The_edgar_output_passes_the_edgar_checker()
    {
        var rendered = Edgar(AllNodes);
        var diagnostics = new DiagnosticBag();

        new EdgarHtmlChecker().Check("all-nodes.htm", rendered.Bytes, diagnostics);

        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void The_edgar_output_is_ascii_without_a_byte_order_mark()
    {
        var bytes = Edgar(AllNodes).Bytes;

        Assert.All(bytes, b => Assert.True(b is (>= 0x20 and < 0x7F) or (byte)'\n', $"byte 0x{b:X2}"));
    }

    [Theory]
    [InlineData("<title>Every Node &#8212; Proxy Statement</title>")]
    [InlineData("&#9744;&#160;Preliminary Proxy Statement")]
    [InlineData("&#9746;&#160;<strong>Definitive Proxy Statement</strong>")]
    [InlineData("<hr style=\"page-break-after:always\">")]
    [InlineData("<li style=\"margin-left:18pt\"><a href=\"#nominees\">Nominees</a></li>")]
    [InlineData("<h1 id=\"proposal-1\" style=")]
    [InlineData("was elected in 2002<sup style=\"line-height:0\">(1)</sup>")]
    [InlineData("<u>&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</u>")]
    [InlineData("<ol start=\"3\"")]
    [InlineData("<th colspan=\"2\" style=")]
    [InlineData("<td rowspan=\"2\" style=")]
    [InlineData("text-align:right;white-space:nowrap\">$372,281</td>")]
    [InlineData("border-top:0.75pt solid #000000\">$1,003,504</td>")]
    [InlineData("(2) Dr. Almgren&#8217;s agreement")]
    [InlineData(EdgarChartRenderer.Legend)]
    [InlineData("<div style=\"border:0.75pt solid #000000;padding:6pt;margin:0 0 6pt 0\">")]
    [InlineData("border-bottom:0.75pt solid #000000;padding-top:18pt\">Karen Clark</div>")]
    [InlineData("border-top:0.75pt dashed #000000;margin:18pt 0 18pt 0;padding-top:2pt;text-align:center\">FOLD AND DETACH HERE</div>")]
    public void The_edgar_dialect_writes_each_node_in_the_edgar_subset(string fragment) =>
        Assert.Contains(fragment, Edgar(AllNodes).Html);

    [Theory]
    [InlineData("<tbody")]
    [InlineData("<thead")]
    [InlineData("<colgroup")]
    [InlineData("<style")]
    [InlineData("<span")]
    [InlineData("<svg")]
    [InlineData("<figure")]
    [InlineData("<!DOCTYPE")]
    [InlineData("class=")]
    [InlineData("url(")]
    public void The_edgar_dialect_never_writes_what_edgar_refuses(string fragment) =>
        Assert.DoesNotContain(fragment, Edgar(AllNodes).Html, StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">")]
    [InlineData("<title>Every Node — Proxy Statement</title>")]
    [InlineData("@page { size: 612pt 792pt; margin: 72pt 72pt 72pt 72pt;")]
    [InlineData("body { font-family:'Times New Roman','Liberation Serif','DejaVu Serif',serif; font-size:10.5pt;")]
    [InlineData("@media print {")]
    [InlineData("<p class=\"checkboxes\">☐\u00A0Preliminary Proxy Statement")]
    [InlineData("☒\u00A0<strong>Definitive Proxy Statement</strong>")]
    [InlineData("<hr class=\"page-break\">")]
    [InlineData("<thead>\n<tr>\n<th rowspan=\"2\" class=\"left rule\">Name and Principal Position</th>")]
    [InlineData("<tbody class=\"keep\">")]
    [InlineData("<colgroup><col style=\"width:35.3%\">")]
    [InlineData("<td class=\"right num total\">$1,003,504</td>")]
    [InlineData("<figure id=\"performance-graph\" class=\"chart\">")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"")]
    [InlineData("<div data-section=\"voting-panel\" class=\"boxed\">")]
    [InlineData("<div class=\"detach\">FOLD AND DETACH HERE</div>")]
    [InlineData("(Jean-René)")]
    public void The_preview_dialect_writes_html5_with_a_theme_style_sheet(string fragment) =>
        Assert.Contains(fragment, Preview(AllNodes).Html);

    [Fact]
    public void The_preview_chart_draws_one_line_with_markers_per_series_and_a_legend()
    {
        var html = Preview(AllNodes).Html;
        var chart = HtmlTestDocuments.PerformanceGraph();

        Assert.Equal(chart.Series.Count, Count(html, "<polyline"));
        Assert.Equal(chart.Series.Sum(s => s.Values.Count) + chart.Series.Count, Count(html, "<circle") + Count(html, "<rect") + Count(html, "<polygon"));
        foreach (var series in chart.Series) Assert.Contains($">{series.Name}</text>", html);
        foreach (var category in chart.Categories) Assert.Contains($">{category}</text>", html);
        Assert.Contains("<title>Capstone Turbine Corporation, Dec-02: 2</title>", html);
        Assert.Contains("stroke=\"#1f3a93\"", html);
        Assert.Contains(">Value of $100 invested</text>", html);
    }

    [Fact]
    public void Both_dialects_are_deterministic()
    {
        Assert.Equal(Edgar(AllNodes).Bytes, Edgar(HtmlTestDocuments.AllNodes()).Bytes);
        Assert.Equal(Preview(AllNodes).Bytes, Preview(HtmlTestDocuments.AllNodes()).Bytes);
    }

    [Fact]
    public void Footnote_references_can_be_set_in_parentheses_on_the_line()
    {
        var options = new HtmlWriterOptions(FootnoteMarkerStyle.Parenthesized);

        Assert.Contains("was elected in 2002(1);", Edgar(AllNodes, options).Html);
        Assert.Contains("was elected in 2002(1);", Preview(AllNodes, options).Html);
    }

    [Fact]
    public void Writers_name_their_format_and_extension()
    {
        Assert.Equal(("htm", ".htm"), (new EdgarHtmlWriter().Format, new EdgarHtmlWriter().Extension));
        Assert.Equal(("html", ".html"), (new PreviewHtmlWriter().Format, new PreviewHtmlWriter().Extension));
    }

    private static int Count(string text, string fragment)
    {
        var count = 0;
        for (var i = text.IndexOf(fragment, StringComparison.Ordinal); i >= 0; i = text.IndexOf(fragment, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    private static IEnumerable<string> NodeKinds(IEnumerable<Block> blocks)
    {
        var kinds = new HashSet<string>();
        void Inlines(IEnumerable<Inline> inlines)
        {
            foreach (var inline in inlines)
            {
                kinds.Add(inline.GetType().Name);
                switch (inline)
                {
                    case Strong s: Inlines(s.Children); break;
                    case Emphasis e: Inlines(e.Children); break;
                    case Underline u: Inlines(u.Children); break;
                    case InternalLink l: Inlines(l.Children); break;
                    case WebAddress w: Inlines(w.Children); break;
                    case TaggedText t: Inlines(t.Children); break;
                }
            }
        }

        void Blocks(IEnumerable<Block> list)
        {
            foreach (var block in list)
            {
                kinds.Add(block.GetType().Name);
                switch (block)
                {
                    case Heading h: Inlines(h.Inlines); break;
                    case Paragraph p: Inlines(p.Inlines); break;
                    case ListBlock l: foreach (var item in l.Items) Blocks(item); break;
                    case Section s: Blocks(s.Blocks); break;
                    case TaggedBlocks t: Blocks(t.Blocks); break;
                    case CheckboxLine c: foreach (var box in c.Boxes) Inlines(box.Label); break;
                    case Chart c: Blocks([c.DataTable]); break;
                    case Table t:
                        Inlines(t.Caption);
                        foreach (var row in t.HeaderRows.Concat(t.BodyRows)) foreach (var cell in row.Cells) Inlines(cell.Inlines);
                        foreach (var note in t.Footnotes) Inlines(note.Inlines);
                        break;
                }
            }
        }

        Blocks(blocks);
        return kinds;
    }
}
