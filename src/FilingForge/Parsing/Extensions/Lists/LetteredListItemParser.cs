using Markdig.Parsers;

namespace FilingForge.Parsing.Extensions.Lists;

/// <summary>
/// Reads <c>a)</c> … <c>z)</c> as the marker of a lettered list item, printed "(a)" (CommonMark has only numbers).
/// Only a lower-case letter and a closing parenthesis: <c>A.</c> or <c>I.</c> at the start of a line is a person's
/// initial or a heading's number far more often than a list, so Markdig's own extension (letters, roman numerals,
/// both delimiters) would turn prose into lists.
/// </summary>
public sealed class LetteredListItemParser : OrderedListItemParser
{
    public LetteredListItemParser()
    {
        OpeningCharacters = Enumerable.Range('a', 26).Select(c => (char)c).ToArray();
    }

    public override bool TryParse(BlockProcessor state, char pendingBulletType, out ListInfo result)
    {
        result = default;
        var letter = state.CurrentChar;
        if (letter is < 'a' or > 'z' || state.PeekChar(1) != ')') return false;
        state.NextChar();
        if (!TryParseDelimiter(state, out var delimiter)) return false;
        result = new ListInfo('a')
        {
            OrderedStart = (letter - 'a' + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            DefaultOrderedStart = "1",
            OrderedDelimiter = delimiter,
        };
        return true;
    }
}
