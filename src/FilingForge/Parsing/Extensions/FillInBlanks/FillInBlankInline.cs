using Markdig.Syntax.Inlines;

namespace FilingForge.Parsing.Extensions.FillInBlanks;

/// <summary><c>[[blank:20]]</c>: a blank of about 20 characters to be filled in by hand.</summary>
public sealed class FillInBlankInline : LeafInline
{
    public required int Characters { get; init; }
}
