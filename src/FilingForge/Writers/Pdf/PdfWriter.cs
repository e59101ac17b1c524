using System.Globalization;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Theming;
using FilingForge.Writers.Pdf.Fonts;
using FilingForge.Writers.Pdf.Format;
using FilingForge.Writers.Pdf.Layout;

namespace FilingForge.Writers.Pdf;

/// <summary>
/// The PDF back end: lays the document out until heading page numbers are stable (the table of contents and the
/// <c>{pages}</c> footer need them), then lays it out once more streaming each page into the file.
/// </summary>
public sealed class PdfWriter : IDocumentWriter
{
    private const int MaxLayoutPasses = 4;
    private readonly DateTimeOffset? _fixedDate;
    private readonly FontLocator? _installedFonts;

    public PdfWriter() : this(null) { }

    /// <param name="fixedDate">The creation date to record; otherwise SOURCE_DATE_EPOCH, otherwise the document's date.</param>
    /// <param name="installedFonts">Where fonts the theme names that are not bundled are found; the machine's font folders by default.</param>
    public PdfWriter(DateTimeOffset? fixedDate, FontLocator? installedFonts = null)
    {
        _fixedDate = fixedDate;
        _installedFonts = installedFonts;
    }

    public string Format => "pdf";
    public string Extension => ".pdf";

    public void Write(FilingDocument document, Theme theme, Stream output, DiagnosticBag diagnostics)
    {
        PdfDocumentWriter? pdf = null;
        PdfPageEmitter? emitter = null;
        try
        {
            LayOut(document, theme, diagnostics, pages =>
            {
                pdf = new PdfDocumentWriter(output, Info(document));
                return emitter = new PdfPageEmitter(pdf, pages.Keys.ToHashSet(StringComparer.Ordinal));
            }, _installedFonts);
            emitter?.Finish();
            pdf?.Finish();
        }
        finally
        {
            pdf?.Dispose();
        }
    }

    /// <summary>
    /// Lays the document out with the theme's fonts, handing the final pass's pages to the sink made from the anchors'
    /// page numbers. <paramref name="installedFonts"/> is where a family that is neither the theme's nor bundled is
    /// looked for: the machine's font folders unless a test says otherwise.
    /// </summary>
    public static void LayOut(FilingDocument document, Theme theme, DiagnosticBag diagnostics, Func<IReadOnlyDictionary<string, int>, IPageSink> sink,
        FontLocator? installedFonts = null)
    {
        CheckLegibility(theme, diagnostics);
        var location = theme.LocationOf(nameof(Theme.BodyFont));
        var resolver = new FontResolver(new FontLocator(theme.FontFolders), installedFonts ?? FontLocator.Installed, diagnostics, location);

        var settings = new LayoutSettings(theme, resolver, document.Properties.Layout);
        var (pages, count) = document.Pagination is { } given
            ? (given.AnchorPages, given.PageCount)
            : NeedsPageNumbers(document, theme)
                ? StablePageNumbers(document, settings)
                : (Anchors(document.Blocks).ToDictionary(id => id, _ => 0, StringComparer.Ordinal), (int?)null);
        var final = new LayoutEngine(settings, sink(pages), pages, count);
        final.Run(document);
        foreach (var (descriptor, args) in final.Findings) diagnostics.Report(descriptor, SourceLocation.None, args);
    }

    /// <summary>
    /// The document with its <see cref="Pagination"/>: the stable page numbers the PDF's final pass uses, computed once
    /// so the Word writer's cached contents carry the same numbers. Unchanged when nothing needs page numbers. What
    /// the layout reports (a missing font) is left to the PDF writer, which reports it when it writes.
    /// </summary>
    public static FilingDocument Paginate(FilingDocument document, Theme theme, FontLocator? installedFonts = null)
    {
        if (!NeedsPageNumbers(document, theme)) return document;
        var resolver = new FontResolver(new FontLocator(theme.FontFolders), installedFonts ?? FontLocator.Installed, new DiagnosticBag(), theme.LocationOf(nameof(Theme.BodyFont)));
        var (pages, count) = StablePageNumbers(document, new LayoutSettings(theme, resolver, document.Properties.Layout));
        return document with { Pagination = new Pagination(pages, count) };
    }

    /// <summary>A table of contents or a <c>{pages}</c> footer needs page numbers before the final pass; otherwise one pass does.</summary>
    private static bool NeedsPageNumbers(FilingDocument document, Theme theme) =>
        theme.FooterPattern.Contains("{pages}", StringComparison.Ordinal) || BlockTree.Descendants(document.Blocks).Any(b => b is TableOfContents);

    private static IEnumerable<string> Anchors(IEnumerable<Block> blocks) =>
        BlockTree.Descendants(blocks).OfType<Heading>().Select(h => h.Id).Distinct(StringComparer.Ordinal);

    /// <summary>Lays the document out without output until the anchors' page numbers and the page count stop changing.</summary>
    public static (IReadOnlyDictionary<string, int> Pages, int? Count) StablePageNumbers(FilingDocument document, LayoutSettings settings)
    {
        IReadOnlyDictionary<string, int>? pages = null;
        int? count = null;
        for (var pass = 0; pass < MaxLayoutPasses; pass++)
        {
            var engine = new LayoutEngine(settings, DiscardingSink.Instance, pages, count);
            engine.Run(document);
            var stable = pages is not null && count == engine.PageCount && engine.AnchorPages.All(a => pages.TryGetValue(a.Key, out var p) && p == a.Value);
            pages = engine.AnchorPages;
            count = engine.PageCount;
            if (stable) break;
        }

        return (pages!, count);
    }

    private PdfDocumentInfo Info(FilingDocument document)
    {
        var p = document.Properties;
        return new PdfDocumentInfo(p.Title, p.Subject, p.Author.Length > 0 ? p.Author : p.Company, CreationDate(p.Date));
    }

    private DateTimeOffset CreationDate(DateOnly documentDate)
    {
        if (_fixedDate is { } fixedDate) return fixedDate;
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (long.TryParse(epoch, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)) return DateTimeOffset.FromUnixTimeSeconds(seconds);
        return new DateTimeOffset(documentDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    /// <summary>Rule 14a-5(d): body type at least 10 pt, tables and notes at least 8 pt, leading at least 2 pt.</summary>
    public static void CheckLegibility(Theme theme, DiagnosticBag diagnostics)
    {
        void Check(string what, string member, decimal value, decimal minimum)
        {
            if (value < minimum) diagnostics.Report(PdfDiagnostics.BelowLegibleSize, theme.LocationOf(member), what, value, minimum);
        }

        Check("body type", nameof(Theme.BodyFont), theme.BodyFont.Size, 10);
        Check("table type", nameof(Theme.TableFont), theme.TableFont.Size, 8);
        Check("note type", nameof(Theme.NoteFont), theme.NoteFont.Size, 8);
        Check("leading", nameof(Theme.Leading), theme.Leading, 2);
    }

    private sealed class DiscardingSink : IPageSink
    {
        public static readonly DiscardingSink Instance = new();
        public void PageFinished(LayoutPage page) { }
        public bool WantsText => false;
    }
}
