using System.Security.Cryptography;
using System.Text;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Tests.Support;
using FilingForge.Writers.Pdf;
using FilingForge.Writers.Pdf.Fonts;
using FilingForge.Writers.Pdf.Layout;

namespace FilingForge.Tests.Writers.Pdf;

public sealed class PdfWriterTests
{
    private const string Readers = "apt-get install qpdf poppler-utils mupdf-tools";
    private static readonly DateTimeOffset Fixed = new(2003, 4, 30, 0, 0, 0, TimeSpan.Zero);

    private static byte[] Write(FilingDocument document, DiagnosticBag? diagnostics = null)
    {
        using var memory = new MemoryStream();
        new PdfWriter(Fixed).Write(document, TestTheme.Create(), memory, diagnostics ?? new DiagnosticBag());
        return memory.ToArray();
    }

    private static string WriteToTemp(string name, FilingDocument document)
    {
        var path = Path.Combine(Path.GetTempPath(), "filingforge-pdf-tests", name + ".pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Write(document));
        return path;
    }

    [Fact]
    public void The_layout_of_every_node_kind_matches_its_snapshot()
    {
        var dump = new LayoutDump();
        PdfWriter.LayOut(AllNodesDocument.Load(), TestTheme.Create(), new DiagnosticBag(), _ => dump);
        Snapshot.Verify(dump.ToString());
    }

    [Fact]
    public void Two_writes_of_the_same_document_are_byte_identical()
    {
        var first = Write(AllNodesDocument.Load());
        var second = Write(AllNodesDocument.Load());
        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
    }

    [Fact]
    public void The_bytes_of_the_every_node_document_match_their_recorded_hash()
    {
        // Pinned by the bundled fonts and the runtime's zlib; a change here with an unchanged layout dump means
        // the file layer changed.
        Snapshot.Verify(Convert.ToHexString(SHA256.HashData(Write(AllNodesDocument.Load()))) + "\n");
    }

    [Fact]
    public void The_file_records_the_fixed_date_producer_and_properties()
    {
        var text = Encoding.Latin1.GetString(Write(AllNodesDocument.Load()));
        Assert.Contains("/Producer (FilingForge)", text);
        Assert.Contains("/CreationDate (D:20030430000000Z)", text);
        Assert.Contains("/Title (Every Node of the Document IR)", text);
        Assert.StartsWith("%PDF-1.7", text);
        Assert.EndsWith("%%EOF\n", text);
    }

    [Fact]
    public void Every_heading_becomes_a_bookmark_and_toc_entries_are_links()
    {
        var text = Encoding.Latin1.GetString(Write(AllNodesDocument.Load()));
        Assert.Contains("/Outlines", text);
        Assert.Contains("/Title (Plain Text and Inlines)", text);
        Assert.Contains("/Subtype /Link", text);
        Assert.Contains("/Dest /tables", text);
    }

    [Fact]
    public void The_table_of_contents_shows_true_page_numbers()
    {
        var document = PdfTestDocuments.Of(
            new TableOfContents(2, [new TocEntry(1, "First", "first"), new TocEntry(1, "Second", "second")]),
            new Heading(1, [new TextRun("First")], "first"),
            new PageBreak(),
            new PageBreak(),
            new Heading(1, [new TextRun("Second")], "second"));
        var (pages, _) = PdfTestDocuments.LayOut(document);
        Assert.Equal(3, pages.Count);
        var toc = PdfTestDocuments.Texts(pages[0]).ToList();
        Assert.Equal("3", toc[toc.IndexOf("Second") + 2]);
    }

    [Theory]
    [InlineData(9.5, 8.5, 2.5, "body type")]
    [InlineData(10.5, 7.5, 2.5, "table type")]
    [InlineData(10.5, 8.5, 1.5, "leading")]
    public void A_theme_below_the_legibility_minimums_is_diagnosed(decimal body, decimal table, decimal leading, string what)
    {
        var diagnostics = new DiagnosticBag();
        PdfWriter.CheckLegibility(TestTheme.Create(bodySize: body, tableSize: table, leading: leading), diagnostics);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal("FF6310", diagnostic.Id);
        Assert.Equal(what, diagnostic.Arguments[0]);
    }

    [Fact]
    public void Times_New_Roman_is_set_in_the_bundled_Liberation_Serif_without_a_diagnostic()
    {
        var (pages, diagnostics) = PdfTestDocuments.LayOut(PdfTestDocuments.Of(PdfTestDocuments.Text("Hello")));
        Assert.Empty(diagnostics.Items);
        var text = Assert.Single(pages.SelectMany(p => p.Items).OfType<TextItem>(), t => t.Text.Contains("Hello", StringComparison.Ordinal));
        Assert.Same(BundledFonts.Text(FontStyle.Regular), text.Font);
    }

    [Fact]
    public void Every_node_kind_writes_the_same_bytes_with_no_font_installed_on_the_machine()
    {
        using var installed = new MemoryStream();
        using var none = new MemoryStream();
        var diagnostics = new DiagnosticBag();
        new PdfWriter(Fixed).Write(AllNodesDocument.Load(), TestTheme.Create(), installed, new DiagnosticBag());
        new PdfWriter(Fixed, FontLocator.None).Write(AllNodesDocument.Load(), TestTheme.Create(), none, diagnostics);
        Assert.Equal(installed.ToArray(), none.ToArray());
        Assert.DoesNotContain(diagnostics.Items, d => d.Id.StartsWith("FF63", StringComparison.Ordinal) && d.Severity != Severity.Info);
    }

    [Fact]
    public void A_font_the_theme_names_that_the_machine_has_and_FilingForge_does_not_bundle_is_used()
    {
        var theme = TestTheme.Create(bodyFamily: RenamedFontFolder.Family);
        var diagnostics = new DiagnosticBag();
        var resolver = new FontResolver(FontLocator.None, new FontLocator([RenamedFontFolder.Create("installed")]), diagnostics, SourceLocation.None);
        Assert.Equal(RenamedFontFolder.Family, resolver.Resolve(theme.BodyFont.Families, FontStyle.Regular).FamilyName);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_font_in_the_themes_font_folders_is_preferred_to_the_machines_and_the_bundled_ones()
    {
        var folder = RenamedFontFolder.Create("theme");
        var diagnostics = new DiagnosticBag();
        var resolver = new FontResolver(new FontLocator([folder]), new FontLocator([RenamedFontFolder.Create("installed")]), diagnostics, SourceLocation.None);
        var font = resolver.Resolve([RenamedFontFolder.Family, "Liberation Serif"], FontStyle.Regular);
        Assert.Same(FontResolver.Load(Path.Combine(folder, "CloudberrySerif-Regular.ttf")), font);
    }

    [Fact]
    public void A_substitute_with_other_metrics_is_a_warning_naming_both_families()
    {
        var theme = TestTheme.Create();
        theme.BodyFont.Families.Clear();
        theme.BodyFont.Families.AddRange(["Georgia", "Liberation Serif"]);
        var diagnostics = new DiagnosticBag();
        new PdfWriter(Fixed, FontLocator.None).Write(PdfTestDocuments.Of(PdfTestDocuments.Text("Hello")), theme, new MemoryStream(), diagnostics);
        var substitution = diagnostics.Items.First(d => d.Id == "FF6301");
        Assert.Equal(Severity.Warning, substitution.Severity);
        Assert.Equal("Georgia", substitution.Arguments[0]);
        Assert.Equal("Liberation Serif", substitution.Arguments[2]);
    }

    [Fact]
    public void A_theme_naming_no_font_the_machine_has_is_set_in_the_bundled_serif_with_a_warning()
    {
        var theme = TestTheme.Create();
        theme.BodyFont.Families.Clear();
        theme.BodyFont.Families.Add("No Such Font Family");
        var diagnostics = new DiagnosticBag();
        using var output = new MemoryStream();
        new PdfWriter(Fixed, FontLocator.None).Write(PdfTestDocuments.Of(PdfTestDocuments.Text("x")), theme, output, diagnostics);
        var substitution = Assert.Single(diagnostics.Items, d => d.Id == "FF6301" && (FontStyle)d.Arguments[1]! == FontStyle.Regular);
        Assert.Equal(Severity.Warning, substitution.Severity);
        Assert.Equal("Liberation Serif", substitution.Arguments[2]);
        Assert.True(output.Length > 0);
    }

    [ToolFact("qpdf", Install = Readers)]
    public void Qpdf_finds_no_errors()
    {
        var result = ExternalTool.Run("qpdf", ["--check", WriteToTemp("qpdf", AllNodesDocument.Load())]);
        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        Assert.Contains("No syntax or stream encoding errors", result.StandardOutput);
    }

    [ToolFact("pdffonts", Install = Readers)]
    public void Pdffonts_lists_every_font_as_embedded_and_subset()
    {
        var result = ExternalTool.Run("pdffonts", [WriteToTemp("pdffonts", AllNodesDocument.Load())]);
        Assert.Equal(0, result.ExitCode);
        var fonts = result.StandardOutput.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Matches(@"^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", line));
    }

    [ToolFact("pdftotext", Install = Readers)]
    public void Pdftotext_extracts_non_ascii_names_and_table_rows_in_reading_order()
    {
        var document = PdfTestDocuments.Of(
            new Paragraph([new TextRun("Jean-René Lafleur of Hydro-Québec said \u201cyes\u201d \u2014 twice.")]),
            new CheckboxLine([new Checkbox(false, [new TextRun("FOR")]), new Checkbox(true, [new TextRun("AGAINST")])]),
            PdfTestDocuments.Table(3));
        var result = ExternalTool.Run("pdftotext", ["-layout", WriteToTemp("pdftotext", document), "-"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Jean-René Lafleur of Hydro-Québec said \u201cyes\u201d \u2014 twice.", result.StandardOutput);
        Assert.Matches(@"Person 2\s+\$2,000", result.StandardOutput);
        Assert.Matches("\u2610\\s*FOR\\s+\u2612\\s*AGAINST", result.StandardOutput);
    }

    [ToolFact("mutool", Install = Readers)]
    public void Mutool_renders_every_page_without_a_warning()
    {
        var path = WriteToTemp("mutool", AllNodesDocument.Load());
        var result = ExternalTool.Run("mutool", ["draw", "-q", "-o", Path.ChangeExtension(path, null) + "-%d.png", "-r", "50", path]);
        Assert.Equal(0, result.ExitCode);
        // Debian's build prints this for every file: it lacks colour management, which says nothing about ours.
        var complaints = (result.StandardOutput + result.StandardError).Split('\n')
            .Where(l => l.Trim().Length > 0 && !l.Contains("ICC support is not available", StringComparison.Ordinal)).ToList();
        Assert.Empty(complaints);
    }
}
