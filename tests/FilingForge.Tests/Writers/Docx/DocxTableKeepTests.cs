using System.Xml.Linq;
using FilingForge.Document;
using FilingForge.Tests.Writers.Pdf;

namespace FilingForge.Tests.Writers.Docx;

/// <summary>
/// Write stage, Word: a short table (<see cref="Table.KeptWhole"/>) is kept on one page, as the PDF keeps it: each of
/// its rows is kept with the next; a long one may split between its rows.
/// </summary>
public sealed class DocxTableKeepTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Fact]
    public void Every_row_of_a_six_row_table_but_its_last_is_kept_with_the_next()
    {
        var rows = Rows(PdfTestDocuments.Table(6));

        Assert.All(rows[..^1], row => Assert.True(KeptWithNext(row)));
        Assert.False(KeptWithNext(rows[^1]));
    }

    [Fact]
    public void The_body_rows_of_a_long_table_without_keep_groups_may_split()
    {
        var rows = Rows(PdfTestDocuments.Table(Table.KeptWholeRows + 1));

        Assert.All(rows.Skip(1), row => Assert.False(KeptWithNext(row)));
    }

    private static List<XElement> Rows(Table table) =>
        DocxPackage.Write(PdfTestDocuments.Of(table)).Xml("word/document.xml").Descendants(W + "tr").ToList();

    private static bool KeptWithNext(XElement row) => row.Descendants(W + "p").All(p => p.Descendants(W + "keepNext").Any());
}
