using System.Globalization;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Writers.Pdf;
using FilingForge.Writers.Pdf.Layout;
using static FilingForge.Tests.Writers.Pdf.PdfTestDocuments;

namespace FilingForge.Tests.Writers.Pdf;

public sealed class TablePaginationTests
{
    [Fact]
    public void An_empty_table_sets_its_caption_header_and_footnotes()
    {
        var (pages, diagnostics) = LayOut(Of(Table(0, notes: [new TableFootnote("(1)", [new TextRun("A note.")])])));
        Assert.Single(pages);
        var text = AllText(pages[0]);
        Assert.Contains("A Table", text);
        Assert.Contains("Name", text);
        Assert.Contains("A note.", text);
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity != Severity.Info);
    }

    [Fact]
    public void Five_hundred_rows_run_over_pages_with_the_header_repeated_and_no_row_lost()
    {
        var (pages, _) = LayOut(Of(Table(500)));
        Assert.True(pages.Count > 5);
        Assert.All(pages, p => Assert.Contains("Amount", Texts(p)));
        var rows = pages.SelectMany(Texts).Where(t => t.StartsWith("Person ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(0, 500).Select(i => "Person " + i.ToString(CultureInfo.InvariantCulture)), rows);
    }

    [Fact]
    public void A_table_that_starts_at_the_foot_of_a_page_moves_with_its_header()
    {
        var filler = Enumerable.Range(0, 45).Select(_ => (Block)new Paragraph([new TextRun("Filler line.")], TextAlignment.Left)).ToList();
        filler.Add(Table(3));
        var (pages, _) = LayOut(Of(filler.ToArray()));
        var headerPage = pages.First(p => Texts(p).Contains("Amount"));
        var firstRowPage = pages.First(p => Texts(p).Contains("Person 0"));
        Assert.Same(headerPage, firstRowPage);
        Assert.Contains("A Table", Texts(headerPage));
    }

    [Fact]
    public void A_table_of_six_rows_is_never_split_wherever_on_the_page_it_starts()
    {
        for (var fillerLines = 0; fillerLines <= 50; fillerLines++)
        {
            var blocks = Enumerable.Range(0, fillerLines).Select(_ => (Block)new Paragraph([new TextRun("Filler line.")], TextAlignment.Left)).ToList();
            blocks.Add(Table(6));
            var (pages, _) = LayOut(Of(blocks.ToArray()));

            var holding = pages.Where(p => Texts(p).Any(t => t.StartsWith("Person ", StringComparison.Ordinal))).ToList();
            Assert.True(holding.Count == 1, $"after {fillerLines} lines the table runs over {holding.Count} pages");
        }
    }

    [Fact]
    public void Rows_of_one_keep_group_stay_on_one_page()
    {
        var table = Table(200, i => new TableRow([Cell("Person " + (i / 3).ToString(CultureInfo.InvariantCulture) + " year " + (i % 3).ToString(CultureInfo.InvariantCulture)), Cell("1")], KeepGroup: i / 3 + 1));
        var (pages, _) = LayOut(Of(table));
        for (var person = 0; person < 66; person++)
        {
            var prefix = "Person " + person.ToString(CultureInfo.InvariantCulture) + " year";
            var holding = pages.Where(p => Texts(p).Any(t => t.StartsWith(prefix, StringComparison.Ordinal))).ToList();
            Assert.Single(holding);
        }
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_across_pages_with_a_warning_and_nothing_lost()
    {
        var words = string.Join(" ", Enumerable.Range(0, 4000).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture)));
        var table = Table(1, _ => new TableRow([Cell(words), Cell("$1")]));
        var (pages, diagnostics) = LayOut(Of(table));
        Assert.True(pages.Count >= 2);
        Assert.Contains(diagnostics.Items, d => d.Id == PdfDiagnostics.RowTallerThanPage.Id);
        var all = string.Join(" ", pages.SelectMany(Texts));
        Assert.Contains("w0 ", all);
        Assert.Contains("w3999", all);
    }

    [Fact]
    public async Task A_split_row_under_a_header_that_fills_the_page_is_FF6321_and_the_layout_ends()
    {
        var words = string.Join(" ", Enumerable.Range(0, 2000).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture)));
        var table = Table(1, _ => new TableRow([Cell(words), Cell("$1")])) with { HeaderRows = [new TableRow([Cell(words), Cell("Amount")])] };
        var (_, diagnostics) = await Task.Run(() => LayOut(Of(table))).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains(diagnostics.Items, d => d.Id == PdfDiagnostics.NoRoomBelowHeader.Id && d.Severity == Severity.Error);
    }

    [Fact]
    public void Rows_joined_by_a_row_span_form_one_unit()
    {
        var rows = new[]
        {
            new TableRow([Cell("A", rowSpan: 2), Cell("1")]),
            new TableRow([Cell("2")]),
            new TableRow([Cell("B"), Cell("3")]),
        };
        Assert.Equal([[0, 1], [2]], LayoutEngine.Units(rows));
    }

    [Fact]
    public void Numbers_in_money_columns_are_right_aligned()
    {
        var (pages, _) = LayOut(Of(Table(3)));
        var amounts = pages[0].Items.OfType<TextItem>().Where(t => t.Text.StartsWith('$')).ToList();
        var rightEdges = amounts.Select(a => Math.Round(a.X + a.Width, 1)).Distinct().ToList();
        Assert.Single(rightEdges);
    }

    [Fact]
    public void Decimal_points_line_up_down_a_number_column()
    {
        var values = new[] { "62", "62.5", "100.25", "(7)" };
        var table = Table(values.Length, i => new TableRow([Cell("Row"), Cell(values[i])]));
        var (pages, _) = LayOut(Of(table));
        var items = pages[0].Items.OfType<TextItem>().ToList();
        double EndOfIntegerPart(string text)
        {
            var item = items.Single(t => t.Text == text);
            var integer = text.Split('.')[0].TrimEnd(')');
            return Math.Round(item.X + Measure(item, integer), 1);
        }

        var ends = values.Select(EndOfIntegerPart).Distinct().ToList();
        Assert.Single(ends);
    }

    private static double Measure(TextItem item, string text) =>
        text.Sum(c => item.Font.AdvanceOf(item.Font.GlyphOf(c)) * item.Size / item.Font.UnitsPerEm);
}
