using System.Globalization;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Writers.Pdf;
using FilingForge.Writers.Pdf.Layout;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Pdf;

/// <summary>Small documents built in C# for the typesetter's edge cases, and helpers to lay them out.</summary>
internal static class PdfTestDocuments
{
    public static readonly DocumentProperties Properties = new("Test", "Layout test", "Capstone Turbine Corporation", "FilingForge tests", new DateOnly(2003, 4, 30), false);

    public static FilingDocument Of(params Block[] blocks) => new("test", Properties, blocks);

    public static Paragraph Text(string text) => new([new TextRun(text)]);

    public static Table Table(int rows, Func<int, TableRow>? row = null, IReadOnlyList<TableFootnote>? notes = null) => new(
        "t",
        [new TextRun("A Table")],
        [
            new TableColumn("name", ColumnKind.Text, TextAlignment.Left, 3),
            new TableColumn("amount", ColumnKind.Money, TextAlignment.Right, 1),
        ],
        [new TableRow([Cell("Name"), Cell("Amount")])],
        Enumerable.Range(0, rows).Select(row ?? (i => new TableRow([Cell("Person " + i.ToString(CultureInfo.InvariantCulture)), Cell("$" + (i * 1000).ToString("N0", CultureInfo.InvariantCulture))]))).ToList(),
        notes ?? []);

    public static TableCell Cell(string text, int rowSpan = 1) => new([new TextRun(text)], RowSpan: rowSpan);

    /// <summary>Lays a document out with the test theme and returns its pages' items.</summary>
    public static (List<LayoutPage> Pages, DiagnosticBag Diagnostics) LayOut(FilingDocument document)
    {
        var diagnostics = new DiagnosticBag();
        var sink = new CollectingSink();
        PdfWriter.LayOut(document, TestTheme.Create(), diagnostics, _ => sink);
        return (sink.Pages, diagnostics);
    }

    public static IEnumerable<string> Texts(LayoutPage page) => page.Items.OfType<TextItem>().Select(t => t.Text);

    public static string AllText(LayoutPage page) => string.Join(" ", Texts(page));

    private sealed class CollectingSink : IPageSink
    {
        public List<LayoutPage> Pages { get; } = new();
        public void PageFinished(LayoutPage page) => Pages.Add(page);
    }
}
