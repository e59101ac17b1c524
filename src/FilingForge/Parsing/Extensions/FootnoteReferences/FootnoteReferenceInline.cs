using Markdig.Syntax.Inlines;

namespace FilingForge.Parsing.Extensions.FootnoteReferences;

/// <summary><c>[^4]</c>: a footnote marker. FilingForge prints footnotes itself (under tables), so no definition is needed.</summary>
public sealed class FootnoteReferenceInline : LeafInline
{
    public required string Marker { get; init; }
}
