using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Writers.Html;
using FilingForge.Writers.Html.Edgar;
using FilingForge.Writers.Html.Preview;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Html;

internal static class HtmlWriterTestKit
{
    public sealed record Rendered(string Html, IReadOnlyList<Diagnostic> Diagnostics, byte[] Bytes);

    public static Rendered Edgar(FilingDocument document, HtmlWriterOptions? options = null) => Render(new EdgarHtmlWriter(options), document);

    public static Rendered Preview(FilingDocument document, HtmlWriterOptions? options = null) => Render(new PreviewHtmlWriter(options), document);

    public static Rendered Render(HtmlDocumentWriter writer, FilingDocument document)
    {
        var diagnostics = new DiagnosticBag();
        using var stream = new MemoryStream();
        writer.Write(document, TestTheme.Create(), stream, diagnostics);
        var bytes = stream.ToArray();
        return new Rendered(System.Text.Encoding.UTF8.GetString(bytes), diagnostics.Sorted(), bytes);
    }

    public static FilingDocument DocumentOf(params Block[] blocks) =>
        new("test", new DocumentProperties("Test", "", "", "", new DateOnly(2003, 4, 30), false), blocks);

    public static string ArtifactsFolder(string name)
    {
        var folder = Path.Combine(FilingForge.Tests.Support.RepositoryPaths.Root, "artifacts", name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
