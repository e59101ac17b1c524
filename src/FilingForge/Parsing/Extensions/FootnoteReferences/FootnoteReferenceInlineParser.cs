using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace FilingForge.Parsing.Extensions.FootnoteReferences;

/// <summary>
/// Reads <c>[^MARKER]</c>, where MARKER is up to 12 characters without spaces or brackets. It runs before the link
/// parser, which would otherwise leave an undefined reference as literal text.
/// </summary>
public sealed class FootnoteReferenceInlineParser : InlineParser
{
    private const int MaxMarkerLength = 12;

    public FootnoteReferenceInlineParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '^') return false;
        var text = slice.Text;
        var markerStart = slice.Start + 2;
        var end = markerStart;
        while (end <= slice.End && end - markerStart <= MaxMarkerLength && IsMarkerChar(text[end])) end++;
        if (end > slice.End || text[end] != ']' || end == markerStart || end - markerStart > MaxMarkerLength) return false;

        var start = slice.Start;
        processor.Inline = new FootnoteReferenceInline
        {
            Marker = text[markerStart..end],
            Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end)),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }

    private static bool IsMarkerChar(char c) => !char.IsWhiteSpace(c) && c is not '[' and not ']' and not '^';
}
