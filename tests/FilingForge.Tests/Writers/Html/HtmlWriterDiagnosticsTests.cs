using FilingForge.Document;
using FilingForge.Theming;
using FilingForge.Writers.Html.Edgar;
using FilingForge.Writers.Html.Preview;
using static FilingForge.Tests.Writers.Html.HtmlWriterTestKit;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Html;

/// <summary>What a writer cannot render as asked, it writes safely and reports (FF615x), in both dialects.</summary>
public sealed class HtmlWriterDiagnosticsTests
{
    private static Inline[] Text(string text) => [new TextRun(text)];

    public static TheoryData<string> Dialects() => new() { "edgar", "preview" };

    private static Rendered Render(string dialect, FilingDocument document) =>
        dialect == "edgar" ? Edgar(document) : Preview(document);

    [Theory]
    [MemberData(nameof(Dialects))]
    public void A_duplicate_id_is_written_once_and_reported(string dialect)
    {
        var rendered = Render(dialect, DocumentOf(new Heading(1, Text("One"), "same"), new Heading(2, Text("Two"), "same")));

        Assert.Single(rendered.Diagnostics, d => d.Id == "FF6150");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(rendered.Html, "id=\"same\""));
        Assert.Equal("test" + (dialect == "edgar" ? ".htm" : ".html"), rendered.Diagnostics[0].Location.File);
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void An_id_html_cannot_carry_is_left_out_and_reported(string dialect)
    {
        var rendered = Render(dialect, DocumentOf(new Heading(1, Text("Bad"), "\"><script>x</script>")));

        Assert.Single(rendered.Diagnostics, d => d.Id == "FF6151");
        Assert.DoesNotContain("<script", rendered.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(dialect == "edgar" ? "<h1 style=" : "<h1>", rendered.Html);
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void A_link_without_a_target_keeps_its_text_and_is_reported(string dialect)
    {
        var rendered = Render(dialect, DocumentOf(
            new Paragraph([new InternalLink("nowhere", Text("the missing part"))]),
            new TableOfContents(2, [new TocEntry(1, "Missing heading", "absent")])));

        Assert.Equal(["FF6152", "FF6152"], rendered.Diagnostics.Select(d => d.Id));
        Assert.Contains("the missing part", rendered.Html);
        Assert.Contains("Missing heading", rendered.Html);
        Assert.DoesNotContain("href", rendered.Html);
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Characters_no_html_may_carry_are_left_out_and_reported_once_each(string dialect)
    {
        var rendered = Render(dialect, DocumentOf(new Paragraph(Text("bell\u0007 bell\u0007 nul\u0000 c1\u0085 non\uFFFF lone\uD800 ok\u00E9"))));

        Assert.Equal(["U+0000", "U+0007", "U+0085", "U+D800", "U+FFFF"], rendered.Diagnostics.Where(d => d.Id == "FF6153").Select(d => (string)d.Arguments[0]!).Order(StringComparer.Ordinal));
        Assert.Contains("bell bell nul c1 non lone ok", rendered.Html.Replace("&#233;", "", StringComparison.Ordinal).Replace("é", "", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Spans_beyond_the_table_are_clipped_and_reported(string dialect)
    {
        var table = new Table(
            "clipped", [],
            [new TableColumn("a", ColumnKind.Text, TextAlignment.Left, 1), new TableColumn("b", ColumnKind.Number, TextAlignment.Right, 1)],
            [new TableRow([new TableCell(Text("wide"), ColSpan: 5)])],
            [
                new TableRow([new TableCell(Text("tall"), RowSpan: 9), new TableCell(Text("1"))]),
                new TableRow([new TableCell(Text("2")), new TableCell(Text("left-out-cell"))]),
            ],
            []);

        var rendered = Render(dialect, DocumentOf(table));

        Assert.Equal(3, rendered.Diagnostics.Count(d => d.Id == "FF6154"));
        Assert.Contains("colspan=\"2\"", rendered.Html);
        Assert.Contains("rowspan=\"2\"", rendered.Html);
        Assert.DoesNotContain("left-out-cell", rendered.Html);
    }

    [Fact]
    public void A_chart_whose_series_do_not_fit_its_categories_is_drawn_as_far_as_it_goes_and_reported()
    {
        var chart = HtmlTestDocuments.PerformanceGraph() with
        {
            Series = [new ChartSeries("Short", [100m, 50m]), new ChartSeries("Long", [100m, 90m, 80m, 70m, 60m, 50m, 40m])],
        };

        var rendered = Preview(DocumentOf(chart));

        Assert.Equal(2, rendered.Diagnostics.Count(d => d.Id == "FF6155"));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(rendered.Html, "<polyline").Count);
    }

    [Fact]
    public void A_chart_without_series_shows_only_its_data_table()
    {
        var chart = HtmlTestDocuments.PerformanceGraph() with { Series = [] };

        var rendered = Preview(DocumentOf(chart));

        Assert.Single(rendered.Diagnostics, d => d.Id == "FF6155");
        Assert.DoesNotContain("<svg", rendered.Html);
        Assert.Contains("<table id=\"performance-graph-data\">", rendered.Html);
    }

    [Fact]
    public void Theme_values_that_could_break_out_of_css_are_refused()
    {
        var theme = TestTheme.Create();
        theme = new Theme
        {
            Page = theme.Page, HeadingFont = theme.HeadingFont, TableFont = theme.TableFont, NoteFont = theme.NoteFont,
            HeadingSizes = theme.HeadingSizes, Leading = theme.Leading, ParagraphSpacing = theme.ParagraphSpacing,
            TableRuleWidth = theme.TableRuleWidth, FooterPattern = "Page {page} of {pages} \"</style>",
            BodyFont = new FontSpec { Families = ["Georgia\"; x:url(evil)", "Georgia"], Size = 11 },
            Colors = new Colors { Text = "red;x", Heading = "000000", Rule = "000000", TableHeaderBackground = "FFFFFF", ChartSeries = ["1F3A93"] },
        };
        var diagnostics = new FilingForge.Diagnostics.DiagnosticBag();

        var edgar = new EdgarHtmlWriter().Render(HtmlTestDocuments.AllNodes(), theme, diagnostics);
        var preview = new PreviewHtmlWriter().Render(HtmlTestDocuments.AllNodes(), theme, diagnostics);

        Assert.Contains(diagnostics.Items, d => d.Id == "FF6157" && Equals(d.Arguments[1], "Georgia\"; x:url(evil)"));
        Assert.Contains(diagnostics.Items, d => d.Id == "FF6157" && Equals(d.Arguments[1], "red;x"));
        Assert.Contains("font-family:Georgia,serif;font-size:11pt", edgar);
        Assert.Contains("content: \"Page \" counter(page) \" of \" counter(pages) \" \\22 \\3c /style\\3e \"", preview);
        Assert.DoesNotContain("url(", edgar + preview);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(preview, "</style>"));
    }

    [Fact]
    public void Changing_the_body_font_in_the_theme_changes_it_in_both_dialects()
    {
        var theme = TestTheme.Create();
        var georgia = new Theme
        {
            Page = theme.Page, HeadingFont = theme.HeadingFont, TableFont = theme.TableFont, NoteFont = theme.NoteFont,
            HeadingSizes = theme.HeadingSizes, Leading = theme.Leading, ParagraphSpacing = theme.ParagraphSpacing,
            TableRuleWidth = theme.TableRuleWidth, FooterPattern = theme.FooterPattern, Colors = theme.Colors,
            BodyFont = new FontSpec { Families = ["Georgia", "DejaVu Sans"], Size = 12 },
        };
        var diagnostics = new FilingForge.Diagnostics.DiagnosticBag();

        var edgar = new EdgarHtmlWriter().Render(HtmlTestDocuments.AllNodes(), georgia, diagnostics);
        var preview = new PreviewHtmlWriter().Render(HtmlTestDocuments.AllNodes(), georgia, diagnostics);

        Assert.Contains("<body style=\"font-family:Georgia,'DejaVu Sans',sans-serif;font-size:12pt", edgar);
        Assert.Contains("body { font-family:Georgia,'DejaVu Sans',sans-serif; font-size:12pt", preview);
        Assert.Empty(diagnostics.Items);
    }
}
