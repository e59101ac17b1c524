using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace FilingForge.Parsing.Extensions.FillInBlanks;

/// <summary>Reads <c>[[blank:N]]</c> with N from 1 to 999; anything else is left to the other inline parsers.</summary>
public sealed class FillInBlankInlineParser : InlineParser
{
    private const string Opening = "[[blank:";

    public FillInBlankInlineParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (!slice.Match(Opening)) return false;
        var text = slice.Text;
        var digitsStart = slice.Start + Opening.Length;
        var end = digitsStart;
        while (end <= slice.End && char.IsAsciiDigit(text[end]) && end - digitsStart < 3) end++;
        if (end == digitsStart || end + 1 > slice.End || text[end] != ']' || text[end + 1] != ']') return false;
        var characters = int.Parse(text.AsSpan(digitsStart, end - digitsStart), System.Globalization.CultureInfo.InvariantCulture);
        if (characters == 0) return false;

        var start = slice.Start;
        processor.Inline = new FillInBlankInline
        {
            Characters = characters,
            Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end + 1)),
            Line = line,
            Column = column,
        };
        slice.Start = end + 2;
        return true;
    }
}
