using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace FilingForge.Parsing.Extensions.Facts;

/// <summary>Reads <c>[[fact:ID]]</c> (ID of letters, digits, '-' and '_') and <c>[[/fact]]</c>; anything else is left to the other parsers.</summary>
public sealed class FactMarkerInlineParser : InlineParser
{
    private const string Opening = "[[fact:";
    private const string Closing = "[[/fact]]";
    private const int LongestId = 64;

    public FactMarkerInlineParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        if (slice.Match(Closing)) return Accept(processor, ref slice, start, start + Closing.Length, null);
        if (!slice.Match(Opening)) return false;
        var text = slice.Text;
        var idStart = start + Opening.Length;
        var end = idStart;
        while (end <= slice.End && end - idStart < LongestId && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '_')) end++;
        if (end == idStart || end + 1 > slice.End || text[end] != ']' || text[end + 1] != ']') return false;
        return Accept(processor, ref slice, start, end + 2, text[idStart..end]);
    }

    private static bool Accept(InlineProcessor processor, ref StringSlice slice, int start, int next, string? id)
    {
        processor.Inline = new FactMarkerInline
        {
            Id = id,
            Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(next - 1)),
            Line = line,
            Column = column,
        };
        slice.Start = next;
        return true;
    }
}
