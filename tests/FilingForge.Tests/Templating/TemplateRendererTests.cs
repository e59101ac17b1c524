using FilingForge.Diagnostics;
using FilingForge.Templating;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Templating;

public class TemplateRendererTests
{
    internal static IReadOnlyList<RenderedDocument> RenderSmall(out DiagnosticBag diagnostics, string? name = null, string type = "definitive")
    {
        diagnostics = new DiagnosticBag();
        return TemplateRenderer.Render(SmallFiling.Create(name, type), RepositoryPaths.Templates, diagnostics);
    }

    [Fact]
    public void The_small_filing_renders_every_document_without_diagnostics()
    {
        var documents = RenderSmall(out var diagnostics);
        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
        Assert.Equal(
            ["proxy-statement", "proxy-card", "ethics-certification-clark", "ethics-certification-marcoux"],
            documents.Select(d => d.Name));
    }

    [Fact]
    public void Every_markdown_line_maps_to_a_template_line()
    {
        foreach (var document in RenderSmall(out _))
        {
            var lines = document.Markdown.Split('\n').Length - (document.Markdown.EndsWith('\n') ? 1 : 0);
            Assert.Equal(lines, document.LineMap.Count);
            Assert.All(Enumerable.Range(1, lines), l => Assert.EndsWith(TemplateFiles.Extension, document.LineMap.Resolve(l).File));
        }
    }

    [Fact]
    public void The_small_filing_renders_as_pinned()
    {
        foreach (var document in RenderSmall(out _))
            Snapshot.Verify(document.Markdown, "md", $"{nameof(The_small_filing_renders_as_pinned)}.{document.Name}");
    }
}
