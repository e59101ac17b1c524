using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Loading;
using FilingForge.Parsing;
using FilingForge.Templating;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Docx;

/// <summary>
/// The sample filing's documents as IR, through Load, Compute, Template and Parse. The Check stage is left out on
/// purpose: the writer must render whatever the front end gives it, and check findings are not the writer's concern.
/// </summary>
public static class SampleFilingDocuments
{
    private static readonly Lazy<IReadOnlyList<FilingDocument>> Documents = new(Build);

    public static IReadOnlyList<FilingDocument> All => Documents.Value;

    private static IReadOnlyList<FilingDocument> Build()
    {
        var diagnostics = new DiagnosticBag();
        var filing = FilingLoader.Load(RepositoryPaths.SampleData, diagnostics);
        Assert.True(filing is not null, string.Join("\n", diagnostics.Sorted()));
        var rendered = TemplateRenderer.Render(FilingCalculator.Compute(filing!), RepositoryPaths.Templates, diagnostics);
        return rendered.Select(r => MarkdownParser.Parse(r.Markdown, r.Name, r.Properties, diagnostics)).ToArray();
    }
}
