using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Docx;

public sealed class DocxWriterValidationTests
{
    [Fact]
    public void Every_node_kind_is_written_without_diagnostics()
    {
        var package = DocxPackage.Write(AllNodesDocument.Load());

        Assert.Empty(package.Diagnostics);
    }

    [Fact]
    public void The_all_nodes_document_passes_the_Office_2019_validator_with_zero_errors()
    {
        var package = DocxPackage.Write(AllNodesDocument.Load());

        Assert.Empty(package.ValidationErrors());
    }

    [Fact]
    public void A_cover_page_document_passes_the_Office_2019_validator_with_zero_errors()
    {
        var package = DocxPackage.Write(CoverDocument.Build(preliminary: true));

        Assert.Empty(package.ValidationErrors());
        Assert.Empty(package.Diagnostics);
    }
}
