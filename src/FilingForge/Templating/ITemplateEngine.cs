using FilingForge.Diagnostics;

namespace FilingForge.Templating;

/// <summary>
/// The seam between FilingForge and a template language (Scriban, in <see cref="Scriban.ScribanTemplateEngine"/>):
/// render a named document template against the value tree of <see cref="TemplateContextBuilder"/> with the
/// <see cref="TemplateFunctions"/>, escape every data value with <see cref="MarkdownEscaper"/>, fail on any unresolved
/// name, and report where output lines came from.
/// </summary>
public interface ITemplateEngine
{
    /// <summary>
    /// Renders <paramref name="templateName"/> (its path under the templates folder, without <c>.md.sbn</c>).
    /// Returns null after reporting FF5xxx diagnostics when the template cannot be rendered.
    /// </summary>
    RenderedText? Render(string templateName, IReadOnlyDictionary<string, object?> context, DiagnosticBag diagnostics, Xbrl.FactTagger? facts = null);
}

/// <summary>Generated Markdown and, for each of its lines, the template line that produced it.</summary>
public sealed record RenderedText(string Markdown, SourceMap LineMap);
