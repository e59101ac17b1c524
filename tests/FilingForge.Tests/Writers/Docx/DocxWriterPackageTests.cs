using FilingForge.Document;
using FilingForge.Tests.Support;
using FilingForge.Writers.Docx;

namespace FilingForge.Tests.Writers.Docx;

public sealed class DocxWriterPackageTests
{
    [Fact]
    public void Two_writes_of_the_same_document_are_byte_identical()
    {
        var document = AllNodesDocument.Load();

        var first = DocxPackage.Write(document).Bytes;
        var second = DocxPackage.Write(document).Bytes;

        Assert.Equal(first, second);
    }

    [Fact]
    public void Every_zip_entry_carries_the_document_date_not_the_clock()
    {
        if (Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") is not null) return; // the build's epoch wins then

        var times = DocxPackage.Write(AllNodesDocument.Load()).EntryTimes();

        Assert.All(times, t => Assert.Equal(new DateTime(2003, 4, 30), t.DateTime));
    }

    [Fact]
    public void The_writer_is_found_by_its_format_name_and_names_files_docx()
    {
        var writer = new DocxWriter();

        Assert.Equal("docx", writer.Format);
        Assert.Equal(".docx", writer.Extension);
    }

    [Fact]
    public void Document_properties_carry_title_subject_author_and_company()
    {
        var package = DocxPackage.Write(AllNodesDocument.Load());

        var core = package.Part("docProps/core.xml");
        Assert.Contains("<dc:title>Every Node of the Document IR</dc:title>", core);
        Assert.Contains("<dc:subject>Test document</dc:subject>", core);
        Assert.Contains("<dc:creator>FilingForge tests</dc:creator>", core);
        Assert.Contains("<ap:Company>Capstone Turbine Corporation</ap:Company>", package.Part("docProps/app.xml"));
    }

    [Fact]
    public void A_cover_page_has_no_page_number_and_later_pages_do()
    {
        var package = DocxPackage.Write(CoverDocument.Build(preliminary: true));
        var document = package.Part("word/document.xml");

        Assert.Contains("<w:titlePg />", document);
        Assert.Contains("w:type=\"first\" r:id=\"rIdFooterFirst\"", document);
        Assert.Contains("w:instr=\" PAGE \"", package.Part("word/footer1.xml"));
        Assert.DoesNotContain("PAGE", package.Part("word/footer2.xml"));
        Assert.DoesNotContain(package.EntryNames(), name => name.Contains("header", StringComparison.Ordinal)); // the legend is text
        Assert.Contains("<cp:keywords>Preliminary Copy</cp:keywords>", package.Part("docProps/core.xml"));
    }

    [Fact]
    public void A_new_page_section_starts_its_first_paragraph_on_a_new_page_and_the_cover_heading_is_a_title()
    {
        var xml = DocxPackage.Write(CoverDocument.Build()).Part("word/document.xml");

        Assert.Contains("<w:pStyle w:val=\"Title\" />", xml);
        Assert.Equal(1, Occurrences(xml, "<w:pageBreakBefore />"));
    }

    [Fact]
    public void Changing_the_body_font_in_the_theme_changes_the_Normal_font()
    {
        var styles = DocxPackage.Write(CoverDocument.Build(), TestTheme.Create(bodyFamily: "Georgia")).Part("word/styles.xml");

        Assert.Contains("w:ascii=\"Georgia\"", styles);
    }

    [Fact]
    public void A_link_to_a_missing_target_is_reported_at_the_document_and_written_as_text()
    {
        var document = new FilingDocument("card", AllNodesDocument.Properties,
            [new Paragraph([new InternalLink("nowhere", [new TextRun("see below")])])]);

        var package = DocxPackage.Write(document);

        var diagnostic = Assert.Single(package.Diagnostics);
        Assert.Equal("FF6201", diagnostic.Id);
        Assert.Equal("card.docx", diagnostic.Location.File);
        Assert.Equal("nowhere", diagnostic.Arguments[0]);
        Assert.Contains("see below", package.Part("word/document.xml"));
        Assert.Empty(package.ValidationErrors());
    }

    [Fact]
    public void A_control_character_in_text_is_dropped_with_a_warning()
    {
        var document = new FilingDocument("card", AllNodesDocument.Properties, [new Paragraph([new TextRun("a\u0007b")])]);

        var package = DocxPackage.Write(document);

        Assert.Equal("FF6202", Assert.Single(package.Diagnostics).Id);
        Assert.Empty(package.ValidationErrors());
    }

    [Fact]
    public void Heading_ids_become_valid_word_bookmark_names_and_links_point_at_them()
    {
        var xml = DocxPackage.Write(AllNodesDocument.Load()).Part("word/document.xml");

        Assert.Contains("w:name=\"proposal_1\"", xml);
        Assert.Contains("w:anchor=\"tables\"", xml);
    }

    private static int Occurrences(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
