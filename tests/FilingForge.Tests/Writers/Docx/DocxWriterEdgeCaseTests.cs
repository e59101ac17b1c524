using FilingForge.Document;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Docx;

/// <summary>Awkward but legal IR still gives a valid Word document, reporting only what it had to change.</summary>
public sealed class DocxWriterEdgeCaseTests
{
    private static readonly TableColumn TextColumn = new("a", ColumnKind.Text, TextAlignment.Left, 1);
    private static readonly TableColumn NumberColumn = new("b", ColumnKind.Money, TextAlignment.Right, 0);

    [Fact]
    public void Nested_panels_lists_holding_tables_and_charts_and_ragged_rows_stay_valid()
    {
        var ragged = new Table("ragged", [], [TextColumn, NumberColumn],
            [new TableRow([new TableCell([new TextRun("wide")], TextAlignment.Center, ColSpan: 5, RowSpan: 9)])],
            [new TableRow([]), new TableRow([new TableCell([new TextRun("1")]), new TableCell([new TextRun("2")]), new TableCell([new TextRun("3")])], 4, RowKind.Total)],
            [new TableFootnote("*", [new TextRun("starred")])]);
        var chart = new Chart("c", "Short series", ["A", "B", "C"], [new ChartSeries("S", [1m, 2m])], "axis", ragged with { Id = "c-data" });
        var document = new FilingDocument("edge", AllNodesDocument.Properties,
        [
            new PageBreak(),
            new Heading(7, [new TextRun("Deep heading")], "deep"),
            new Section("outer", SectionStyle.Boxed,
            [
                new Section("inner", SectionStyle.Boxed, [new PageBreak(), new CheckboxLine([]), new SignatureBlock([])]),
                new ListBlock(true, 10, [[new ListBlock(false, 1, [[ragged]])], [], [new Paragraph([new TextRun("item")]), chart]]),
            ]),
            new Table("empty", [], [], [], [], []),
            new TableOfContents(3, [new TocEntry(9, "Deep heading", "deep"), new TocEntry(1, "Nowhere", "missing")]),
            new Section("last", SectionStyle.NewPage, []),
            new PageBreak(),
        ]);

        var package = DocxPackage.Write(document);

        Assert.Empty(package.ValidationErrors());
        Assert.Equal(["FF6201", "FF6203"], package.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_empty_document_is_a_valid_one_page_Word_file()
    {
        var package = DocxPackage.Write(new FilingDocument("empty", AllNodesDocument.Properties, []));

        Assert.Empty(package.ValidationErrors());
        Assert.Empty(package.Diagnostics);
    }
}
