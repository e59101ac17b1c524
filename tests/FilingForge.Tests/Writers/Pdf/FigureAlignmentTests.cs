using FilingForge.Document;
using FilingForge.Writers.Pdf.Layout;
using static FilingForge.Tests.Writers.Pdf.PdfTestDocuments;

namespace FilingForge.Tests.Writers.Pdf;

/// <summary>Figures in a numeric column line up on their last digit, whatever follows them.</summary>
public sealed class FigureAlignmentTests
{
    private static TableRow Row(string name, params Inline[] amount) => new([Cell(name), new TableCell(amount)]);

    private static List<TextItem> Figures(LayoutPage page, params string[] figures) =>
        figures.Select(f => page.Items.OfType<TextItem>().Single(t => t.Text == f)).ToList();

    [Fact]
    public void A_footnote_marker_after_a_figure_hangs_and_the_digits_stay_in_line_with_the_column()
    {
        var rows = new[]
        {
            Row("Clark", new TextRun("62,868"), new FootnoteReference("5")),
            Row("Koyama", new TextRun("235,096")),
            Row("Ackerman", new TextRun("1,000"), new FootnoteReference("12")),
        };
        var (pages, _) = LayOut(Of(Table(rows.Length, i => rows[i])));
        var ends = Figures(pages[0], "62,868", "235,096", "1,000").Select(t => Math.Round(t.X + t.Width, 1)).Distinct().ToList();
        Assert.Single(ends);
        var marker = pages[0].Items.OfType<TextItem>().Single(t => t.Text == "(12)");
        Assert.True(marker.X >= ends[0] - 0.1, "the marker is set after the last digit, in the space the column keeps for it");
    }

    [Fact]
    public void A_closing_parenthesis_of_a_negative_figure_still_hangs_past_the_digits()
    {
        var rows = new[] { Row("A", new TextRun("(1,200)")), Row("B", new TextRun("3,400")) };
        var (pages, _) = LayOut(Of(Table(rows.Length, i => rows[i])));
        var negative = Figures(pages[0], "(1,200)").Single();
        var positive = Figures(pages[0], "3,400").Single();
        // The parenthesis (about 2.8 pt at table size) stands right of the digits' edge.
        var hang = negative.X + negative.Width - (positive.X + positive.Width);
        Assert.InRange(hang, 2, 4);
    }
}
