using System.Xml.Linq;
using FilingForge.Document;
using FilingForge.Tests.Writers.Pdf;

namespace FilingForge.Tests.Writers.Docx;

/// <summary>
/// Write stage, Word (issue 15, item 8): a footnote marker after a figure does not push its digits out of line with
/// the column's other figures; the figures without one are inset by the marker's width instead, as in the PDF.
/// </summary>
public sealed class DocxFigureMarkerTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly Table Figures = new("figures", [],
        [new TableColumn("name", ColumnKind.Text, TextAlignment.Left, 2), new TableColumn("amount", ColumnKind.Money, TextAlignment.Right, 1)],
        [new TableRow([new TableCell([new TextRun("Name")]), new TableCell([new TextRun("Amount")])])],
        [
            new TableRow([new TableCell([new TextRun("Plain")]), new TableCell([new TextRun("1,000")], TextAlignment.Right)]),
            new TableRow([new TableCell([new TextRun("Marked")]), new TableCell([new TextRun("2,000"), new FootnoteReference("5")], TextAlignment.Right)]),
        ],
        [new TableFootnote("(5)", [new TextRun("A note.")])]);

    [Fact]
    public void The_unmarked_figures_of_a_column_are_inset_by_the_marker_so_the_digits_line_up()
    {
        var insets = FigureParagraphs().Select(RightInset).ToList();

        // "(5)": two parentheses of a third of an em and a digit of half an em, at two thirds of the 8.5 pt table type.
        Assert.Equal([(int)Math.Round((1m / 3m * 2 + 0.5m) * 8.5m * 2m / 3m * 20m), 0], insets);
    }

    [Fact]
    public void Text_columns_and_headers_are_not_inset()
    {
        var document = DocxPackage.Write(PdfTestDocuments.Of(Figures)).Xml("word/document.xml");
        var cells = document.Descendants(W + "tr").SelectMany(r => r.Elements(W + "tc").Take(1)).Concat(document.Descendants(W + "tr").First().Elements(W + "tc"));

        Assert.All(cells, c => Assert.Equal(0, RightInset(c.Element(W + "p")!)));
    }

    private static List<XElement> FigureParagraphs() =>
        DocxPackage.Write(PdfTestDocuments.Of(Figures)).Xml("word/document.xml").Descendants(W + "tr").Skip(1)
            .Select(r => r.Elements(W + "tc").ElementAt(1).Element(W + "p")!).ToList();

    private static int RightInset(XElement paragraph) =>
        paragraph.Element(W + "pPr")?.Element(W + "ind")?.Attribute(W + "right") is { } right ? int.Parse(right.Value) : 0;
}
