using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Tests.Samples;
using FilingForge.Tests.Support;
using FilingForge.Tests.Writers.Fidelity;
using FilingForge.Theming;
using FilingForge.Writers.Pdf;
using FilingForge.Writers.Pdf.Layout;
using static FilingForge.Tests.Writers.Pdf.PdfTestDocuments;

namespace FilingForge.Tests.Writers.Pdf;

/// <summary>
/// Write stage, PDF layout of a proxy card (<c>documents.yaml layout: card</c>): each side on one page of the theme's
/// card, the detach line on the fold with no text across it, and no boxed section split; and the errors a card that
/// cannot be laid out so gives.
/// </summary>
public sealed class CardLayoutTests(SampleOutputs capstone) : IClassFixture<SampleOutputs>
{
    private const string DetachLabel = "FOLD AND DETACH HERE";

    private static readonly Theme CommittedTheme = LoadCommittedTheme();

    public static TheoryData<string> Samples => new() { "capstone-2003", "cabot-2024" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_side_of_the_sample_card_is_one_page_of_the_theme_s_card(string sample)
    {
        var (pages, diagnostics) = LayOutCard(sample);

        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => Assert.Equal(((double)CommittedTheme.Card.Width, (double)CommittedTheme.Card.Height), (p.Width, p.Height)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_detach_line_of_each_side_lies_on_the_fold_and_no_text_crosses_it(string sample)
    {
        var (pages, _) = LayOutCard(sample);
        var fold = (double)CommittedTheme.Card.Fold;
        var labels = BlockTree.Descendants(CardOf(sample).Blocks).OfType<DetachLine>().Select(d => d.Label).ToHashSet();

        foreach (var page in pages)
        {
            var dashes = page.Items.OfType<RuleItem>().Where(r => r.Dashed).ToList();
            Assert.Equal(2, dashes.Count);
            Assert.All(dashes, d => Assert.Equal((fold, fold), (d.Y1, d.Y2)));
            var text = page.Items.OfType<TextItem>().Where(t => !t.Invisible && !labels.Contains(t.Text));
            var across = text.Where(t => t.Baseline > fold - 4 && t.Baseline - t.Size < fold + 4).Select(t => $"page {page.Number}: {t.Text} at {t.Baseline}");
            Assert.Empty(across);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_boxed_section_of_the_sample_card_is_one_frame_on_one_page(string sample)
    {
        var card = CardOf(sample);
        var (pages, _) = LayOutCard(sample);
        var boxed = BlockTree.Descendants(card.Blocks).OfType<Section>().Count(s => s.Style == SectionStyle.Boxed);

        var frames = pages.SelectMany(p => p.Items.OfType<BoxItem>().Where(b => b.Stroke is not null && b.Width > 72)).Count();

        Assert.True(boxed > 0, "the sample card has boxed sections");
        Assert.Equal(boxed, frames);
    }

    [Fact]
    public void A_side_too_long_for_its_part_is_an_error_naming_the_side_and_is_still_laid_out()
    {
        var words = string.Join(" ", Enumerable.Repeat("The proxies may vote on any other business properly brought before the meeting.", 40));
        var blocks = Enumerable.Range(0, 12).Select(_ => (Block)Text(words)).Append(new DetachLine(DetachLabel)).ToArray();

        var (pages, diagnostics) = LayOut(Card(blocks));

        var error = Assert.Single(diagnostics.Items, d => d.Id == "FF6351");
        Assert.Contains("side 1 of the card (the front) does not fit above its fold", error.Message);
        Assert.True(pages.Count > 1, "what does not fit goes on a further page, so no word is lost from view");
    }

    [Fact]
    public void A_card_with_three_sides_is_an_error()
    {
        var (_, diagnostics) = LayOut(Card(Text("Front."), new PageBreak(), Text("Reverse."), new PageBreak(), Text("A third side.")));

        Assert.Contains("its page breaks make 3 sides", Assert.Single(diagnostics.Items, d => d.Id == "FF6352").Message);
    }

    [Fact]
    public void A_second_detach_line_on_one_side_is_an_error_and_the_first_keeps_the_fold()
    {
        var (pages, diagnostics) = LayOut(Card(Text("The card."), new DetachLine(DetachLabel), Text("The stub."), new DetachLine("TEAR HERE")));

        Assert.Contains("'TEAR HERE' cannot be a second one", Assert.Single(diagnostics.Items, d => d.Id == "FF6353").Message);
        var fold = (double)TestTheme.Create().Card.Fold;
        Assert.Contains(pages[0].Items.OfType<RuleItem>(), r => r.Dashed && r.Y1 == fold);
    }

    [Fact]
    public void A_boxed_section_that_fits_a_page_starts_a_new_page_rather_than_split()
    {
        var filler = Enumerable.Range(0, 40).Select(i => (Block)Text($"Paragraph {i} fills the first page of the document."));
        var box = new Section("voting-panel", SectionStyle.Boxed, Enumerable.Range(0, 8).Select(i => (Block)Text($"Boxed line {i}.")).ToList());

        var (pages, diagnostics) = LayOut(Of(filler.Append(box).ToArray()));

        Assert.Empty(diagnostics.Items);
        var holding = pages.Where(p => Texts(p).Any(t => t.StartsWith("Boxed line", StringComparison.Ordinal))).ToList();
        Assert.Equal(8, Texts(Assert.Single(holding)).Count(t => t.StartsWith("Boxed line", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_boxed_section_taller_than_a_page_is_split_with_a_warning()
    {
        var box = new Section("long-box", SectionStyle.Boxed, Enumerable.Range(0, 80).Select(i => (Block)Text($"Boxed line {i}.")).ToList());

        var (pages, diagnostics) = LayOut(Of(box));

        Assert.Contains("'long-box'", Assert.Single(diagnostics.Items, d => d.Id == "FF6350").Message);
        Assert.True(pages.Count > 1);
    }

    private static FilingDocument Card(params Block[] blocks) =>
        new("card", PdfTestDocuments.Properties with { Layout = PageLayout.Card }, blocks);

    private FilingDocument CardOf(string sample) => sample == "cabot-2024"
        ? CabotSample.Documents.Single(d => d.Document.Name == "proxy-card").Document
        : capstone.Documents.Single(d => d.Name == "proxy-card");

    private (List<LayoutPage> Pages, DiagnosticBag Diagnostics) LayOutCard(string sample)
    {
        var diagnostics = new DiagnosticBag();
        var sink = new CollectingSink();
        var card = CardOf(sample) with { Pagination = null };
        Assert.Equal(PageLayout.Card, card.Properties.Layout);
        PdfWriter.LayOut(card, CommittedTheme, diagnostics, _ => sink);
        return (sink.Pages, diagnostics);
    }

    private static Theme LoadCommittedTheme()
    {
        var diagnostics = new DiagnosticBag();
        var theme = new FilingCompiler().LoadTheme(RepositoryPaths.Templates, diagnostics);
        Assert.NotNull(theme);
        return theme;
    }

    private sealed class CollectingSink : IPageSink
    {
        public List<LayoutPage> Pages { get; } = new();
        public void PageFinished(LayoutPage page) => Pages.Add(page);
    }
}
