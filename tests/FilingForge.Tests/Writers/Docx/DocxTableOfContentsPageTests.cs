using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Tests.Compilation;
using FilingForge.Tests.Support;
using FilingForge.Theming;
using FilingForge.Writers.Docx;
using FilingForge.Writers.Pdf;
using FilingForge.Writers.Pdf.Layout;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Tests.Writers.Docx;

/// <summary>
/// The .docx's table of contents shows page numbers as opened: the TOC field's cached result holds one entry per
/// heading, hyperlinked to its bookmark, with a PAGEREF whose cached page is the one FilingForge's PDF prints, and the
/// page on which LibreOffice's rendering of the .docx puts the heading.
/// </summary>
public sealed class DocxTableOfContentsPageTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private const string Install = LibreOfficeRendering.Install;

    public sealed record CachedEntry(string Anchor, string Text, int? Page);

    [Fact]
    public void The_cached_contents_carry_the_page_numbers_the_PDF_prints_in_its_contents()
    {
        var theme = SampleTheme();
        var document = PdfWriter.Paginate(SampleFilingDocuments.All.Single(d => d.Name == "proxy-statement"), theme);
        var toc = BlockTree.Descendants(document.Blocks).OfType<TableOfContents>().Single();

        var cached = CachedEntries(new DocxWriter().WriteBytes(document, theme, new DiagnosticBag()));
        var printed = PdfContentsPages(document, theme);

        // The entries are the IR's, in order (the bookmark names are Word's spelling of the heading ids).
        Assert.Equal(toc.Entries.Select(e => e.Text), cached.Select(c => c.Text));
        Assert.All(cached, c => Assert.True(c.Page > 0, $"'{c.Text}' has no cached page number"));
        Assert.Equal(toc.Entries.Count, printed.Count);
        Assert.Equal(toc.Entries.Select(e => (e.Text, printed[e.TargetId])), cached.Select(c => (c.Text, c.Page!.Value)));
    }

    [Fact]
    public void Each_cached_entry_is_a_hyperlink_with_a_dot_leader_tab_and_a_PAGEREF_field_inside_the_TOC_field()
    {
        var theme = SampleTheme();
        var document = PdfWriter.Paginate(SampleFilingDocuments.All.Single(d => d.Name == "proxy-statement"), theme);
        using var package = WordprocessingDocument.Open(new MemoryStream(new DocxWriter().WriteBytes(document, theme, new DiagnosticBag())), false);
        var control = Contents(package);
        var paragraphs = control.Descendants<W.Paragraph>().ToList();

        Assert.Contains(paragraphs[0].Descendants<W.FieldCode>(), c => c.Text.Trim().StartsWith("TOC ", StringComparison.Ordinal));
        Assert.Equal(W.FieldCharValues.End, paragraphs[^1].Descendants<W.FieldChar>().Last().FieldCharType!.Value);
        foreach (var paragraph in paragraphs)
        {
            var tab = Assert.Single(paragraph.ParagraphProperties!.Tabs!.Elements<W.TabStop>());
            Assert.Equal(W.TabStopValues.Right, tab.Val!.Value);
            Assert.Equal(W.TabStopLeaderCharValues.Dot, tab.Leader!.Value);
            var link = Assert.Single(paragraph.Elements<W.Hyperlink>());
            var pageRef = Assert.Single(link.Descendants<W.FieldCode>());
            Assert.Equal($" PAGEREF {link.Anchor!.Value} \\h ", pageRef.Text);
        }
    }

    [Fact]
    public void The_paginated_contents_pass_the_Office_2019_validator_and_the_file_is_byte_identical_on_a_second_write()
    {
        var theme = SampleTheme();
        var source = SampleFilingDocuments.All.Single(d => d.Name == "proxy-statement");
        var first = DocxPackage.Write(PdfWriter.Paginate(source, theme), theme);
        var second = DocxPackage.Write(PdfWriter.Paginate(source, theme), theme);

        Assert.Empty(first.ValidationErrors());
        Assert.Empty(first.Diagnostics);
        Assert.Equal(first.Bytes, second.Bytes);
    }

    [Fact]
    public void Without_a_pagination_the_entries_carry_no_page_numbers()
    {
        var document = SampleFilingDocuments.All.Single(d => d.Name == "proxy-statement");
        Assert.Null(document.Pagination);
        var cached = CachedEntries(new DocxWriter().WriteBytes(document, SampleTheme(), new DiagnosticBag()));
        Assert.NotEmpty(cached);
        Assert.All(cached, c => Assert.Null(c.Page));
    }

    [ToolFact("soffice", "pdftotext", Install = Install)]
    public void The_cached_page_numbers_are_the_pages_LibreOffice_puts_the_headings_on()
    {
        Assert.True(sample.Result.Succeeded);
        var cached = CachedEntries(File.ReadAllBytes(Path.Combine(sample.OutputDirectory, "proxy-statement.docx")));
        var pages = LibreOfficeRendering.Pages(Path.Combine(sample.OutputDirectory, "proxy-statement.docx"));

        var contentsPage = pages.FindIndex(p => Lines(p).Any(l => string.Equals(l, "Table of Contents", StringComparison.OrdinalIgnoreCase)));
        Assert.True(contentsPage >= 0, "LibreOffice's rendering has no contents page");
        var from = contentsPage + 1;
        var wrong = new List<string>();
        foreach (var entry in cached)
        {
            var page = HeadingPage(pages, entry.Text, from);
            if (page < 0)
            {
                wrong.Add($"'{entry.Text}': not found in LibreOffice's rendering after page {from}");
                continue;
            }

            from = page;
            if (entry.Page != page + 1) wrong.Add($"'{entry.Text}': cached page {entry.Page?.ToString(CultureInfo.InvariantCulture) ?? "none"}, LibreOffice page {page + 1}");
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {cached.Count} entries differ from LibreOffice's pages ({pages.Count(p => p.Trim().Length > 0)} pages):\n" + string.Join("\n", wrong));
    }

    private static Theme SampleTheme()
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeFile.Load(Path.Combine(RepositoryPaths.Templates, "shared", "theme.yaml"), diagnostics);
        Assert.True(theme is not null, string.Join("\n", diagnostics.Sorted()));
        return theme!;
    }

    private static W.SdtBlock Contents(WordprocessingDocument package) =>
        package.MainDocumentPart!.Document!.Body!.Descendants<W.SdtBlock>()
            .Single(s => s.SdtProperties?.Descendants<W.DocPartGallery>().Any(g => g.Val?.Value == "Table of Contents") == true);

    /// <summary>The entries of the TOC field's cached result: the hyperlink's anchor, its text before the tab, the PAGEREF's cached page.</summary>
    public static List<CachedEntry> CachedEntries(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var entries = new List<CachedEntry>();
        foreach (var link in Contents(package).Descendants<W.Hyperlink>())
        {
            var runs = link.Elements<W.Run>().ToList();
            var tab = runs.FindIndex(r => r.GetFirstChild<W.TabChar>() is not null);
            var text = string.Concat((tab < 0 ? runs : runs[..tab]).SelectMany(r => r.Elements<W.Text>()).Select(t => t.Text));
            int? page = tab < 0 ? null : int.Parse(string.Concat(runs[tab..].SelectMany(r => r.Elements<W.Text>()).Select(t => t.Text)), CultureInfo.InvariantCulture);
            entries.Add(new CachedEntry(link.Anchor!.Value!, text, page));
        }

        return entries;
    }

    /// <summary>The page numbers the PDF's contents print, by heading id: the digits at the end of each linked contents line.</summary>
    private static Dictionary<string, int> PdfContentsPages(FilingDocument document, Theme theme)
    {
        var sink = new CollectingSink();
        PdfWriter.LayOut(document, theme, new DiagnosticBag(), _ => sink);
        var printed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in sink.Pages)
        {
            var links = page.Items.OfType<LinkItem>().ToList();
            foreach (var number in page.Items.OfType<TextItem>().Where(t => t.Text.Length > 0 && t.Text.All(char.IsAsciiDigit)))
            {
                var link = links.FirstOrDefault(l => number.X >= l.X - 0.5 && number.X <= l.X + l.Width + 0.5 && number.Baseline >= l.Y - 0.5 && number.Baseline <= l.Y + l.Height + 0.5);
                if (link is not null && !printed.ContainsKey(link.TargetId)) printed[link.TargetId] = int.Parse(number.Text, CultureInfo.InvariantCulture);
            }
        }

        return printed;
    }

    private sealed class CollectingSink : IPageSink
    {
        public List<LayoutPage> Pages { get; } = [];
        public void PageFinished(LayoutPage page) => Pages.Add(page);
    }

    /// <summary>The first page from <paramref name="from"/> on with a line, or two or three consecutive lines, reading the heading.</summary>
    private static int HeadingPage(List<string> pages, string heading, int from)
    {
        var wanted = Normal(heading);
        for (var p = from; p < pages.Count; p++)
        {
            var lines = Lines(pages[p]);
            for (var i = 0; i < lines.Count; i++)
            for (var n = 1; n <= 3 && i + n <= lines.Count; n++)
                if (string.Equals(string.Join(" ", lines.Skip(i).Take(n)), wanted, StringComparison.OrdinalIgnoreCase)) return p;
        }

        return -1;
    }

    private static List<string> Lines(string page) => page.Split('\n').Select(Normal).Where(l => l.Length > 0).ToList();

    private static string Normal(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
