using FilingForge.Diagnostics;
using FilingForge.Document;

namespace FilingForge.Templating;

/// <summary>
/// One document's FilingForge Markdown, ready for the Parse stage, with its properties and the map from each Markdown
/// line to the template line that wrote it: <c>MarkdownParser.Parse(d.Markdown, d.Name, d.Properties, diagnostics, d.LineMap)</c>.
/// </summary>
/// <param name="Facts">The Inline XBRL facts its markers stand for, by id; empty for a document the profile does not tag.</param>
/// <param name="InlineXbrl">The header of a tagged document; null otherwise.</param>
public sealed record RenderedDocument(string Name, string Markdown, DocumentProperties Properties, SourceMap LineMap,
    IReadOnlyDictionary<string, FactTag>? Facts = null, InlineXbrlHeader? InlineXbrl = null);
