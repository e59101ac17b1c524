using FilingForge.Document;

namespace FilingForge.Templating;

/// <summary>One document's FilingForge Markdown, ready for the Parse stage, with its properties and template line map.</summary>
public sealed record RenderedDocument(string Name, string Markdown, DocumentProperties Properties, TemplateLineMap LineMap);
