using FilingForge.Review.Diff;
using static FilingForge.Tests.Review.ReviewDocuments;

namespace FilingForge.Tests.Review;

public class DocumentDiffTests
{
    [Fact]
    public void A_document_compared_with_itself_has_no_changes()
    {
        var changes = DocumentDiff.Compare(Parse(Compensation), Parse(Compensation));

        Assert.False(changes.HasChanges);
        Assert.Empty(changes.Summary.Changes);
        Assert.All(changes.Blocks, b => Assert.Equal(ChangeKind.Same, b.Kind));
    }

    [Fact]
    public void A_changed_salary_is_one_changed_cell_named_by_person_year_and_column()
    {
        var changes = DocumentDiff.Compare(Parse(Compensation), Parse(Compensation.Replace("235,096", "241,000")));

        var figure = Assert.Single(changes.Summary.ChangedFigures);
        Assert.Equal("Summary Compensation Table — Karen Clark, 2002, Salary ($): 235,096 → 241,000", figure);
        Assert.Single(changes.Summary.Changes);
        var section = Assert.Single(changes.Summary.Sections);
        Assert.Equal(("Executive Compensation", 1), (section.Section, section.Modified));
    }

    [Fact]
    public void A_value_whose_only_change_is_a_footnote_marker_is_summarised_by_its_markers()
    {
        var changes = DocumentDiff.Compare(Parse(Compensation), Parse(Compensation.Replace("24,600[^5]", "24,600[^5][^6]")));

        Assert.Equal(["Summary Compensation Table — Karen Clark, 2002, Bonus ($): footnote markers (5) → (5)(6)"], changes.Summary.Changes);
        Assert.Empty(changes.Summary.ChangedFigures);
    }

    [Fact]
    public void A_reworded_paragraph_is_one_change_with_the_words_that_changed()
    {
        var reworded = Compensation.Replace("leads the audit committee with care", "chairs the audit committee with care");
        var changes = DocumentDiff.Compare(Parse(Compensation), Parse(reworded));

        var change = Assert.Single(changes.Blocks, b => b.IsChange);
        Assert.Equal(ChangeKind.Modified, change.Kind);
        Assert.Equal(["leads"], change.Segments.Where(s => s.Kind == SegmentKind.Deleted).Select(s => s.Text));
        Assert.Equal(["chairs"], change.Segments.Where(s => s.Kind == SegmentKind.Inserted).Select(s => s.Text));
        Assert.Equal("Election of Directors", change.Section);
    }

    [Fact]
    public void An_inserted_paragraph_and_an_inserted_table_row_are_insertions_in_their_sections()
    {
        var added = Compensation
            .Replace("# Executive Compensation", "Gary Simon has served as a director since 2003 and brings long experience in energy.\n\n# Executive Compensation")
            .Replace("note 1:", "row 3: Paul Koyama | 2002 | 193,455 | —\nnote 1:");
        var changes = DocumentDiff.Compare(Parse(Compensation), Parse(added));

        Assert.Equal(
            [
                "Election of Directors: inserted paragraph \"Gary Simon has served as a director since 2003 and brings long …\"",
                "Summary Compensation Table: inserted row Paul Koyama",
            ],
            changes.Summary.Changes);
        Assert.Empty(changes.Summary.ChangedFigures);
    }

    [Fact]
    public void A_section_moved_elsewhere_is_recognised_as_moved_by_its_content()
    {
        var markdown = """
            # Alpha

            Alpha paragraph with enough words to be recognised.

            # Beta

            Beta paragraph with enough words to be recognised.

            # Gamma

            Gamma paragraph with enough words to be recognised.
            """;
        var moved = """
            # Alpha

            Alpha paragraph with enough words to be recognised.

            # Gamma

            Gamma paragraph with enough words to be recognised.

            # Beta

            Beta paragraph with enough words to be recognised.
            """;
        var changes = DocumentDiff.Compare(Parse(markdown), Parse(moved));

        Assert.Contains(changes.Blocks, b => b.Kind == ChangeKind.MovedTo);
        Assert.Contains(changes.Blocks, b => b.Kind == ChangeKind.MovedFrom);
        Assert.DoesNotContain(changes.Blocks, b => b.Kind is ChangeKind.Inserted or ChangeKind.Deleted);
    }

    [Fact]
    public void Every_node_of_the_IR_survives_a_comparison_with_itself()
    {
        var document = Support.AllNodesDocument.Load();

        var changes = DocumentDiff.Compare(document, document);

        Assert.False(changes.HasChanges);
        Assert.NotEmpty(changes.Blocks);
    }
}
