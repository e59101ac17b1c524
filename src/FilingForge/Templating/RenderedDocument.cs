using FilingForge.Diagnostics;
using FilingForge.Document;

namespace FilingForge.Templating;

/// <summary>
/// One document's FilingForge Markdown, ready for the Parse stage, with its properties and the map from each Markdown
/// line to the template line that wrote it: <c>MarkdownParser.Parse(d.Markdown, d.Name, d.Properties, diagnostics, d.LineMap)</c>.
/// </summary>
public sealed record RenderedDocument(string Name, string Markdown, DocumentProperties Properties, SourceMap LineMap);
