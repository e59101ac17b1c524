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
/// Issue 15 item 8: the sentence under the performance graph (a <c>{.caption}</c> paragraph) was bold and centred in
/// Word and the preview, and small, regular and justified in the PDF. Each writer is read back: bold, centred, body size.
/// </summary>
public sealed class CaptionLookTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly FilingDocument Captioned = PdfTestDocuments.Of(
        new Paragraph([new TextRun("The graph shows the value of $100 invested.")], TextAlignment.Justify, ParagraphRole.Caption));

    [Fact]
    public void The_pdf_sets_a_caption_bold_centred_at_body_size()
    {
        var (pages, _) = PdfTestDocuments.LayOut(Captioned);
        var run = pages[0].Items.OfType<TextItem>().Single(t => t.Text.StartsWith("The graph", StringComparison.Ordinal));

        Assert.True((run.Font.MacStyle & 1) != 0, "bold");
        Assert.Equal(10.5, run.Size);
        Assert.Equal(pages[0].Width / 2, run.X + run.Width / 2, 1);
    }

    [Fact]
    public void Word_styles_a_caption_bold_and_centred_at_body_size()
    {
        var styles = DocxPackage.Write(Captioned).Xml("word/styles.xml");
        var caption = styles.Descendants(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == "Caption");

        Assert.NotNull(caption.Element(W + "rPr")!.Element(W + "b"));
        Assert.Null(caption.Element(W + "rPr")!.Element(W + "sz"));
        Assert.Equal("center", (string?)caption.Element(W + "pPr")!.Element(W + "jc")!.Attribute(W + "val"));
    }

    [Fact]
    public void The_html_styles_a_caption_bold_and_centred_at_body_size()
    {
        var declarations = new ThemeStyles(TestTheme.Create(), new DiagnosticBag(), SourceLocation.None).Caption.Declarations;

        Assert.Contains(new CssDeclaration("font-weight", "bold"), declarations);
        Assert.Contains(new CssDeclaration("text-align", "center"), declarations);
        Assert.DoesNotContain(declarations, d => d.Property == "font-size");
    }
}
