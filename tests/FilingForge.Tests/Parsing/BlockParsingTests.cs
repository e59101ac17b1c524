using FilingForge.Document;

namespace FilingForge.Tests.Parsing;

public class BlockParsingTests
{
    [Fact]
    public void Heading_takes_its_explicit_id()
    {
        var heading = Parse.Clean("## Security Ownership {#ownership}").Single<Heading>();
        Assert.Equal(2, heading.Level);
        Assert.Equal("ownership", heading.Id);
        Assert.Equal([new TextRun("Security Ownership")], heading.Inlines);
    }

    [Fact]
    public void Heading_without_id_gets_an_ascii_slug_made_unique()
    {
        var blocks = Parse.Clean("# Hydro-Québec Proposal\n\n# Hydro-Québec Proposal\n\n# ***\n").Blocks.Cast<Heading>().ToArray();
        Assert.Equal(["hydro-quebec-proposal", "hydro-quebec-proposal-2", "section"], blocks.Select(h => h.Id));
    }

    [Fact]
    public void Paragraph_is_justified_body_text_by_default()
    {
        var paragraph = Parse.Clean("Some text.").Single<Paragraph>();
        Assert.Equal((TextAlignment.Justify, ParagraphRole.Body), (paragraph.Alignment, paragraph.Role));
        Assert.Equal([new TextRun("Some text.")], paragraph.Inlines);
    }

    [Fact]
    public void A_paragraph_all_in_capitals_is_set_flush_left_not_justified_into_wide_gaps()
    {
        var paragraph = Parse.Clean("**THE BOARD OF DIRECTORS RECOMMENDS THAT STOCKHOLDERS VOTE \"FOR\" PROPOSAL NO. 1.**").Single<Paragraph>();
        Assert.Equal(TextAlignment.Left, paragraph.Alignment);
    }

    [Theory]
    [InlineData("EACH STOCKHOLDER SHOULD ASK. Then ordinary text follows.", "")]
    [InlineData("SHORT CAPS.", "")]
    [InlineData("THE BOARD OF DIRECTORS RECOMMENDS A VOTE FOR THE PROPOSAL.", "{.justify}")]
    public void Mixed_case_short_or_explicitly_justified_paragraphs_stay_justified(string text, string attributes)
    {
        var paragraph = Parse.Clean($"{text}\n{attributes}\n").Single<Paragraph>();
        Assert.Equal(TextAlignment.Justify, paragraph.Alignment);
    }

    [Theory]
    [InlineData("{.center}", TextAlignment.Center, ParagraphRole.Body)]
    [InlineData("{.right}", TextAlignment.Right, ParagraphRole.Body)]
    [InlineData("{.left}", TextAlignment.Left, ParagraphRole.Body)]
    [InlineData("{.note}", TextAlignment.Justify, ParagraphRole.Note)]
    [InlineData("{.caption}", TextAlignment.Justify, ParagraphRole.Caption)]
    [InlineData("{.center .note}", TextAlignment.Center, ParagraphRole.Note)]
    public void Paragraph_trailing_attribute_line_sets_alignment_and_role(string attributes, TextAlignment alignment, ParagraphRole role)
    {
        var paragraph = Parse.Clean($"A legend.\n{attributes}\n").Single<Paragraph>();
        Assert.Equal((alignment, role), (paragraph.Alignment, paragraph.Role));
        Assert.Equal("A legend.", Assert.IsType<TextRun>(Assert.Single(paragraph.Inlines)).Text);
    }

    [Fact]
    public void Ordered_list_keeps_its_start_number_and_items()
    {
        var list = Parse.Clean("3. three\n4. four\n").Single<ListBlock>();
        Assert.True(list.Ordered);
        Assert.Equal(3, list.Start);
        Assert.Equal(2, list.Items.Count);
    }

    [Fact]
    public void Bullet_list_items_hold_blocks()
    {
        var list = Parse.Clean("- one\n- two\n  - nested\n").Single<ListBlock>();
        Assert.False(list.Ordered);
        Assert.IsType<ListBlock>(list.Items[1][1]);
    }

    [Fact]
    public void Pagebreak_directive_is_a_page_break() => Parse.Clean("@@pagebreak").Single<PageBreak>();

    [Fact]
    public void Toc_directive_lists_headings_up_to_its_level_including_those_after_it_and_inside_sections()
    {
        var result = Parse.Clean("@@toc 2\n\n# One\n\n## Two {#two}\n\n### Three\n\n::: section s plain\n## Inside\n:::\n");
        var toc = Assert.IsType<TableOfContents>(result.Blocks[0]);
        Assert.Equal(2, toc.MaxLevel);
        Assert.Equal([new TocEntry(1, "One", "one"), new TocEntry(2, "Two", "two"), new TocEntry(2, "Inside", "inside")], toc.Entries);
    }

    [Fact]
    public void Checkboxes_directive_reads_state_and_inline_labels()
    {
        var line = Parse.Clean("@@checkboxes [x] **FOR** || [ ] AGAINST || [X] ABSTAIN").Single<CheckboxLine>();
        Assert.Equal([true, false, true], line.Boxes.Select(b => b.Checked));
        Assert.IsType<Strong>(Assert.Single(line.Boxes[0].Label));
        Assert.Equal("AGAINST", Assert.IsType<TextRun>(Assert.Single(line.Boxes[1].Label)).Text);
    }

    [Fact]
    public void Signature_directive_reads_labels_and_prefilled_values()
    {
        var block = Parse.Clean("@@signature Signature || Date || Name = Karen Clark || Position = Chief Financial Officer").Single<SignatureBlock>();
        Assert.Equal(
            [new SignatureLine("Signature", null), new SignatureLine("Date", null), new SignatureLine("Name", "Karen Clark"), new SignatureLine("Position", "Chief Financial Officer")],
            block.Lines);
    }

    [Fact]
    public void Detach_directive_keeps_its_legend() =>
        Assert.Equal("FOLD AND DETACH HERE", Parse.Clean("@@detach FOLD AND DETACH HERE").Single<DetachLine>().Label);

    [Theory]
    [InlineData("plain", SectionStyle.Plain)]
    [InlineData("boxed", SectionStyle.Boxed)]
    [InlineData("newpage", SectionStyle.NewPage)]
    public void Section_container_holds_its_blocks_with_name_and_style(string style, SectionStyle expected)
    {
        var section = Parse.Clean($"::: section card-face {style}\nText.\n\n@@pagebreak\n:::\n").Single<Section>();
        Assert.Equal(("card-face", expected), (section.Name, section.Style));
        Assert.Equal(2, section.Blocks.Count);
    }

    [Fact]
    public void Directive_interrupts_a_paragraph_without_a_blank_line()
    {
        var blocks = Parse.Clean("Text\n@@pagebreak\nMore").Blocks;
        Assert.Equal([typeof(Paragraph), typeof(PageBreak), typeof(Paragraph)], blocks.Select(b => b.GetType()));
    }
}
