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

    /// <summary>
    /// Issue 14: the Inline XBRL tags the profile puts on the Cabot proxy statement change none of its other formats.
    /// The document as built (tagged from xbrl.yaml) and the same document with its tags taken out write the same
    /// preview, Word and PDF bytes.
    /// </summary>
    [Fact]
    public void The_tags_of_the_Cabot_proxy_statement_change_neither_its_preview_nor_its_docx_nor_its_pdf()
    {
        var (_, tagged) = CabotSample.InlineXbrlDocument();
        Assert.NotNull(tagged.InlineXbrl);
        var untagged = UntaggedDocuments.Untag(tagged);

        Assert.Equal(Preview(untagged), Preview(tagged));
        Assert.True(DocxPackage.Write(untagged).Bytes.SequenceEqual(DocxPackage.Write(tagged).Bytes), "the .docx differs");
        Assert.True(Pdf(untagged).SequenceEqual(Pdf(tagged)), "the .pdf differs");
    }

    private static string Preview(FilingDocument document) =>
        new FilingForge.Writers.Html.Preview.PreviewHtmlWriter().Render(document, TestTheme.Create(), new DiagnosticBag());

    private static byte[] Pdf(FilingDocument document)
    {
        using var memory = new MemoryStream();
        new PdfWriter(new DateTimeOffset(2024, 1, 26, 0, 0, 0, TimeSpan.Zero)).Write(document, TestTheme.Create(), memory, new DiagnosticBag());
        return memory.ToArray();
    }
}
