using FilingForge.Writers.Pdf.Layout;
using FilingForge.Writers.Pdf.Fonts;
using FilingForge.Writers.Pdf.Format;

namespace FilingForge.Tests.Writers.Pdf;

public sealed class LineBreakerTests
{
    private static readonly TextStyle Style = new(new Typeface(BundledFonts.Text(FontStyle.Regular), [], _ => { }), 10, PdfColor.Black);

    private static List<Word> Words(string text) => text.Split(' ').Select(w =>
    {
        var word = new Word { SpaceStyle = Style };
        word.Atoms.Add(new Atom(w, Style, Style.Measure(w)));
        return word;
    }).ToList();

    private static string Text(Line line) => string.Join(" ", line.Words.Select(w => string.Concat(w.Atoms.Select(a => a.Text))));

    [Fact]
    public void Lines_fill_up_to_the_width_and_only_the_last_ends_the_paragraph()
    {
        var lines = LineBreaker.Break(Words("the quick brown fox jumps over the lazy dog again and again"), 100);
        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(l.NaturalWidth <= 100.001));
        Assert.All(lines.SkipLast(1), l => Assert.False(l.EndsParagraph));
        Assert.True(lines[^1].EndsParagraph);
        Assert.Equal("the quick brown fox jumps over the lazy dog again and again", string.Join(" ", lines.Select(Text)));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_broken_without_losing_characters()
    {
        const string word = "Supercalifragilisticexpialidocious-Incorporated";
        var lines = LineBreaker.Break(Words("a " + word + " b"), 60);
        Assert.True(lines.Count >= 3);
        Assert.All(lines, l => Assert.True(l.NaturalWidth <= 60.001, Text(l)));
        Assert.Equal("a" + word + "b", string.Concat(lines.SelectMany(l => l.Words).SelectMany(w => w.Atoms).Select(a => a.Text)));
    }

    [Fact]
    public void A_line_narrower_than_one_character_still_makes_progress()
    {
        var lines = LineBreaker.Break(Words("WWW"), 1);
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.Equal("W", Text(l)));
    }

    [Fact]
    public void A_forced_break_ends_the_line_and_is_not_justified()
    {
        var words = Words("one two three");
        words[0].ForcedBreak = true;
        var lines = LineBreaker.Break(words, 500);
        Assert.Equal(["one", "two three"], lines.Select(Text));
        Assert.True(lines[0].EndsParagraph);
    }

    [Fact]
    public void No_words_give_no_lines() => Assert.Empty(LineBreaker.Break([], 100));

    [Fact]
    public void Column_widths_give_natural_widths_plus_weighted_slack_when_content_fits()
    {
        var widths = TableColumnWidths.Compute([10, 10], [50, 30], [3, 1], 200);
        Assert.Equal(200, widths.Sum(), 3);
        Assert.Equal(50 + 120 * 0.75, widths[0], 3);
    }

    [Fact]
    public void Column_widths_never_go_below_the_longest_word_when_the_table_is_tight()
    {
        var widths = TableColumnWidths.Compute([20, 80], [400, 90], [3, 1], 200);
        Assert.Equal(200, widths.Sum(), 3);
        Assert.True(widths[1] >= 80);
    }
}
