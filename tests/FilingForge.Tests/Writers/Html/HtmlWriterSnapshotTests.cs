using FilingForge.Diagnostics;
using FilingForge.Tests.Support;
using FilingForge.Writers.Html.Edgar;

namespace FilingForge.Tests.Writers.Html;

/// <summary>
/// Both dialects pinned on two documents: the shared AllNodes document as the parser makes it from Markdown
/// (what every writer renders), and this folder's C# document with the cases Markdown cannot yet express
/// (keep groups, a total row under a row span, nested sections).
/// </summary>
public sealed class HtmlWriterSnapshotTests
{
    [Fact]
    public void The_edgar_dialect_of_the_parsed_all_nodes_document_matches_its_snapshot()
    {
        var rendered = HtmlWriterTestKit.Edgar(AllNodesDocument.Load());

        Assert.Empty(rendered.Diagnostics);
        Snapshot.Verify(rendered.Html, "htm", name: "ParsedAllNodes");
    }

    [Fact]
    public void The_preview_dialect_of_the_parsed_all_nodes_document_matches_its_snapshot()
    {
        var rendered = HtmlWriterTestKit.Preview(AllNodesDocument.Load());

        Assert.Empty(rendered.Diagnostics);
        Snapshot.Verify(rendered.Html, "html", name: "ParsedAllNodes");
    }

    [Fact]
    public void The_edgar_dialect_of_the_parsed_all_nodes_document_passes_the_edgar_checker()
    {
        var diagnostics = new DiagnosticBag();
        new EdgarHtmlChecker().Check("all-nodes.htm", HtmlWriterTestKit.Edgar(AllNodesDocument.Load()).Bytes, diagnostics);

        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void The_edgar_dialect_of_the_all_nodes_document_matches_its_snapshot()
    {
        var rendered = HtmlWriterTestKit.Edgar(HtmlTestDocuments.AllNodes());
        Snapshot.Verify(rendered.Html, "htm", name: "AllNodes");
    }

    [Fact]
    public void The_preview_dialect_of_the_all_nodes_document_matches_its_snapshot()
    {
        var rendered = HtmlWriterTestKit.Preview(HtmlTestDocuments.AllNodes());
        Snapshot.Verify(rendered.Html, "html", name: "AllNodes");
    }
}
