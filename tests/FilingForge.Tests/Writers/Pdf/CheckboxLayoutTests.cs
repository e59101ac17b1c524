using FilingForge.Document;
using FilingForge.Writers.Pdf.Layout;
using static FilingForge.Tests.Writers.Pdf.PdfTestDocuments;

namespace FilingForge.Tests.Writers.Pdf;

/// <summary>The typesetter's check boxes: every word of every label drawn, wrapped labels hanging after the square.</summary>
public sealed class CheckboxLayoutTests
{
    private const string LongLabel = "Check box if any part of the fee is offset as provided by Exchange Act Rule 0-11(a)(2) and identify the " +
                                     "filing for which the offsetting fee was paid previously. Identify the previous filing by registration " +
                                     "statement number, or the Form or Schedule and the date of its filing.";

    private static CheckboxLine Boxes(params string[] labels) => new(labels.Select(l => new Checkbox(false, [new TextRun(l)])).ToList());

    private static List<TextItem> VisibleText(LayoutPage page) => page.Items.OfType<TextItem>().Where(t => !t.Invisible).ToList();

    [Fact]
    public void A_checkbox_label_longer_than_the_line_is_drawn_in_full()
    {
        var (pages, _) = LayOut(Of(Boxes(LongLabel)));
        var drawn = string.Join(" ", VisibleText(pages[0]).Where(t => t.Text != "1").Select(t => t.Text));
        Assert.Equal(LongLabel, drawn);
    }

    [Fact]
    public void The_wrapped_lines_of_a_checkbox_label_hang_after_the_square()
    {
        var (pages, _) = LayOut(Of(Boxes(LongLabel)));
        var square = pages[0].Items.OfType<BoxItem>().Single();
        var lines = VisibleText(pages[0]).Where(t => t.Text != "1").ToList();
        Assert.True(lines.Count >= 3, $"expected the label on three lines, got {lines.Count}");
        Assert.All(lines, l => Assert.Equal(lines[0].X, l.X, 3));
        Assert.True(lines[0].X > square.X + square.Width, "the label starts after the square");
        Assert.Equal(lines.Count, lines.Select(l => l.Baseline).Distinct().Count());
    }

    [Fact]
    public void Short_checkbox_labels_share_one_row_and_a_long_one_after_them_starts_its_own()
    {
        var (pages, _) = LayOut(Of(Boxes("FOR", "AGAINST", "ABSTAIN", LongLabel), PdfTestDocuments.Text("After the boxes.")));
        var text = VisibleText(pages[0]);
        var row = text.Where(t => t.Text is "FOR" or "AGAINST" or "ABSTAIN").Select(t => t.Baseline).Distinct().ToList();
        Assert.Single(row);
        var squares = pages[0].Items.OfType<BoxItem>().ToList();
        Assert.Equal(4, squares.Count);
        Assert.Equal(squares[0].X, squares[3].X, 3);
        Assert.True(squares[3].Y > squares[0].Y, "the long label's box starts a new row");
        var labelEnd = text.Where(t => t.Text.EndsWith("of its filing.", StringComparison.Ordinal)).Single().Baseline;
        var after = text.Single(t => t.Text == "After the boxes.").Baseline;
        Assert.True(after > labelEnd, "the next block comes below the label's last line");
    }
}
