using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Templating;
using FilingForge.Templating.Scriban;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Templating;

/// <summary>Renders one ad-hoc template (plus optional included templates) against a filing, with tables from a given folder.</summary>
internal static class TemplateTestHost
{
    public const string MainName = "test/main";
    public const string MainPath = "templates/test/main.md.sbn";

    public static RenderedText? Render(string template, DiagnosticBag diagnostics, ComputedFiling? filing = null,
        string? templatesDirectory = null, params TemplateFile[] partials)
    {
        var directory = templatesDirectory ?? RepositoryPaths.Templates;
        var files = TemplateFiles.FromMemory(directory, [new TemplateFile(MainName, MainPath, template), .. partials]);
        return Render(files, MainName, diagnostics, filing);
    }

    /// <summary>Renders <paramref name="name"/> of a set of template files, with the folder's tables.</summary>
    public static RenderedText? Render(TemplateFiles files, string name, DiagnosticBag diagnostics, ComputedFiling? filing = null)
    {
        var root = TemplateContextBuilder.Build(filing ?? SmallFiling.Create());
        var engine = new ScribanTemplateEngine(files, TemplateHelpers.Create(files.Directory));
        return engine.Render(name, root, diagnostics);
    }
}
