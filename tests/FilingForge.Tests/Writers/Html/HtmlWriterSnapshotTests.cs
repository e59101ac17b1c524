using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Html;

public sealed class HtmlWriterSnapshotTests
{
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
