using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Review.Diff;
using FilingForge.Tests.Compilation;
using FilingForge.Tests.Support;
using FilingForge.Tests.Writers.Docx;
using FilingForge.Writers.Pdf;

namespace FilingForge.Tests.Samples;

/// <summary>
/// The Cabot proxy statement (the document Inline XBRL will tag) tagged throughout writes the .docx and .pdf of the
/// untagged one, and compares with it as unchanged.
/// </summary>
public sealed class CabotTaggedPassThroughTests
{
    [Fact]
    public void The_Cabot_proxy_statement_tagged_throughout_writes_the_same_docx_and_pdf_and_compares_unchanged()
    {
        var diagnostics = new DiagnosticBag();
        var options = SampleBuild.Options(Path.Combine(Path.GetTempPath(), "filingforge-unused"), RepositoryPaths.At("data/cabot-2024"));
        var compiled = new FilingCompiler().CompileDocuments(options, diagnostics);
        Assert.True(compiled is not null, string.Join("\n", diagnostics.Sorted()));
        var document = compiled!.Single(d => d.Document.Name == "proxy-statement").Document;
        var tagged = TaggedDocuments.TagEverything(document);

        Assert.Equal(DocxPackage.Write(document).Bytes, DocxPackage.Write(tagged).Bytes);
        Assert.Equal(Pdf(document), Pdf(tagged));
        Assert.False(DocumentDiff.Compare(document, tagged).HasChanges);
    }

    private static byte[] Pdf(FilingDocument document)
    {
        using var memory = new MemoryStream();
        new PdfWriter(new DateTimeOffset(2024, 1, 26, 0, 0, 0, TimeSpan.Zero)).Write(document, TestTheme.Create(), memory, new DiagnosticBag());
        return memory.ToArray();
    }
}
