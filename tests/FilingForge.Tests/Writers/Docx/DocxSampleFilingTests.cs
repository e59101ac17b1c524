namespace FilingForge.Tests.Writers.Docx;

public sealed class DocxSampleFilingTests
{
    [Fact]
    public void Every_document_of_the_sample_filing_is_written_and_passes_the_Office_2019_validator()
    {
        var documents = SampleFilingDocuments.All;

        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            var package = DocxPackage.Write(document);
            Assert.True(package.ValidationErrors().Count == 0, document.Name + ":\n" + string.Join("\n", package.ValidationErrors()));
            Assert.True(package.Diagnostics.Count == 0, document.Name + ":\n" + string.Join("\n", package.Diagnostics));
        }
    }

    [Fact]
    public void Two_writes_of_the_sample_proxy_statement_are_byte_identical()
    {
        var statement = SampleFilingDocuments.All.First(d => d.Name == "proxy-statement");

        Assert.Equal(DocxPackage.Write(statement).Bytes, DocxPackage.Write(statement).Bytes);
    }
}
