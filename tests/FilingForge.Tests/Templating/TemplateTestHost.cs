using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Templating;
using FilingForge.Templating.Handlebars;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Templating;

/// <summary>Renders one ad-hoc template (plus optional partials) against a filing, with tables from a given folder.</summary>
internal static class TemplateTestHost
{
    public const string MainName = "test/main";
    public const string MainPath = "templates/test/main.md.hbs";

    public static RenderedText? Render(string template, DiagnosticBag diagnostics, ComputedFiling? filing = null,
        string? templatesDirectory = null, params TemplateFile[] partials)
    {
        var computed = filing ?? SmallFiling.Create();
        var directory = templatesDirectory ?? RepositoryPaths.Templates;
        var root = TemplateContextBuilder.Build(computed);
        var files = TemplateFiles.FromMemory(directory, [new TemplateFile(MainName, MainPath, template), .. partials]);
        var engine = new HandlebarsTemplateEngine(files, TemplateHelpers.Create(directory));
        return engine.Render(MainName, root, diagnostics);
    }
}
