using Markdig.Syntax.Inlines;

namespace FilingForge.Parsing.Extensions.Facts;

/// <summary>
/// <c>[[fact:f12]]</c> (an opening marker, <see cref="Id"/> set) or <c>[[/fact]]</c> (a closing one): the ends of text
/// that states an Inline XBRL fact. The inline converter joins a pair into one tagged run.
/// </summary>
public sealed class FactMarkerInline : LeafInline
{
    /// <summary>The fact's id for an opening marker; null for a closing one.</summary>
    public string? Id { get; init; }
}
