using System.Xml.Linq;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Tests.Support;
using FilingForge.Tests.Writers.Docx;
using FilingForge.Tests.Writers.Pdf;
using FilingForge.Writers.Html.Styles;
using FilingForge.Writers.Pdf.Layout;

namespace FilingForge.Tests.Writers.Fidelity;

/// <summary>
/// Issue 15 item 8: a table's notes hung their markers in Word (marker, tab, hanging indent) and ran them into the text
/// in the PDF and the preview. Each writer is read back: the marker at the margin, every line of the text 18 pt in.
/// </summary>
public sealed class TableNoteLookTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly string LongNote = string.Join(" ", Enumerable.Repeat("Perquisites came to less than the lesser of $50,000 and 10% of salary and bonus.", 4));

    private static readonly FilingDocument Noted = PdfTestDocuments.Of(
        PdfTestDocuments.Table(2, notes: [new TableFootnote("1", [new TextRun(LongNote)])]));

    [Fact]
    public void The_pdf_hangs_a_table_note_s_marker_and_aligns_every_line_of_its_text()
    {
        var (pages, _) = PdfTestDocuments.LayOut(Noted);
        var items = pages[0].Items.OfType<TextItem>().ToList();
        var marker = items.Single(t => t.Text == "(1)");
        var lines = items.Where(t => t.Baseline >= marker.Baseline && t != marker && !t.Text.All(char.IsAsciiDigit)).GroupBy(t => t.Baseline).Select(g => g.Min(t => t.X)).ToList();

        Assert.Equal(72, marker.X, 1);
        Assert.True(lines.Count >= 2, "the note runs over two lines or more");
        Assert.All(lines, x => Assert.Equal(72 + 18, x, 1));
    }

    [Fact]
    public void Word_hangs_a_table_note_s_marker_by_the_same_indent()
    {
        var note = DocxPackage.Write(Noted).Xml("word/document.xml").Descendants(W + "p")
            .Single(p => p.Descendants(W + "t").Any(t => t.Value == "(1)") && p.Descendants(W + "tab").Any());
        var indent = note.Element(W + "pPr")!.Element(W + "ind")!;

        Assert.Equal(("360", "360"), ((string?)indent.Attribute(W + "left"), (string?)indent.Attribute(W + "hanging")));
    }

    [Fact]
    public void The_html_hangs_a_table_note_s_first_line_by_the_same_indent()
    {
        var declarations = new ThemeStyles(TestTheme.Create(), new DiagnosticBag(), SourceLocation.None).TableNote.Declarations;

        Assert.Contains(new CssDeclaration("padding-left", "18pt"), declarations);
        Assert.Contains(new CssDeclaration("text-indent", "-18pt"), declarations);
    }
}
