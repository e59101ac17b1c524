namespace FilingForge.Templating.Scriban;

/// <summary>
/// Markdown that FilingForge itself generated (a table block, a footnote reference, an included template's output).
/// The one kind of value the template context writes unescaped; a template cannot make one from data.
/// </summary>
internal sealed record MarkdownFragment(string Markdown)
{
    public override string ToString() => Markdown;
}
