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
/// Issue 15 item 8: level-3 headings were bold italic in Word and bold upright in the PDF and the preview. Each heading
/// level is read back from every writer here and must have the one look: bold, upright.
/// </summary>
public sealed class HeadingLookTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly FilingDocument Headings = PdfTestDocuments.Of(
        new Heading(1, [new TextRun("Level one")], "level-one"),
        new Heading(2, [new TextRun("Level two")], "level-two"),
        new Heading(3, [new TextRun("Level three")], "level-three"));

    public static TheoryData<int> Levels => new() { 1, 2, 3 };

    [Theory]
    [MemberData(nameof(Levels))]
    public void The_pdf_sets_each_heading_level_bold_and_upright(int level)
    {
        var (pages, _) = PdfTestDocuments.LayOut(Headings);
        var font = pages[0].Items.OfType<TextItem>().First(t => t.Text == "Level " + Number(level)).Font;

        Assert.Equal((true, false), ((font.MacStyle & 1) != 0, (font.MacStyle & 2) != 0));
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Word_styles_each_heading_level_bold_and_upright(int level)
    {
        var styles = DocxPackage.Write(Headings).Xml("word/styles.xml");
        var style = styles.Descendants(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == "Heading" + level);
        var run = style.Element(W + "rPr")!;

        Assert.Equal((true, false), (run.Element(W + "b") is not null, run.Element(W + "i") is not null));
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void The_html_styles_each_heading_level_bold_and_upright(int level)
    {
        var styles = new ThemeStyles(TestTheme.Create(), new DiagnosticBag(), SourceLocation.None);
        var declarations = styles.Headings[level - 1].Declarations;

        Assert.Contains(declarations, d => d.Property == "font-weight" && d.Value == "bold");
        Assert.DoesNotContain(declarations, d => d.Property == "font-style");
    }

    private static string Number(int level) => level switch { 1 => "one", 2 => "two", _ => "three" };
}
