using System.Text;

namespace FilingForge.Writers.Html.Edgar;

/// <summary>A 1-based line and column (columns count characters, not bytes or UTF-16 units).</summary>
public readonly record struct TextPosition(int Line, int Column);

public enum HtmlTokenKind
{
    StartTag,
    EndTag,
    Comment,
    /// <summary><c>&lt;!DOCTYPE …&gt;</c>, <c>&lt;?xml …?&gt;</c> and other markup declarations.</summary>
    Declaration,
}

public sealed record HtmlAttribute(string Name, string? Value, TextPosition Position)
{
    /// <summary>The value with character references resolved, as a browser would read it.</summary>
    public string DecodedValue => Value is null ? "" : CharacterReferences.Decode(Value);
}

/// <summary>One piece of markup. Text between tags is not a token: the checker reads the bytes for characters.</summary>
public sealed record HtmlToken(HtmlTokenKind Kind, string Name, IReadOnlyList<HtmlAttribute> Attributes, TextPosition Position, bool Unterminated)
{
    public HtmlAttribute? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);
}

/// <summary>
/// A small, tolerant HTML tag scanner for checking: it finds start and end tags with their attributes and
/// positions, comments and declarations, and skips the raw text of script and style elements the way a browser
/// does. It never throws and always advances, whatever it is given; markup cut off by the end of the file comes
/// back marked <see cref="HtmlToken.Unterminated"/>.
/// </summary>
public sealed class HtmlTokenizer
{
    private static readonly HashSet<string> RawTextElements =
        new(["script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "noscript"], StringComparer.Ordinal);

    private readonly string _text;
    private int _index;
    private int _line = 1;
    private int _column = 1;

    private HtmlTokenizer(string text) => _text = text;

    public static IReadOnlyList<HtmlToken> Tokenize(string text)
    {
        var tokenizer = new HtmlTokenizer(text);
        var tokens = new List<HtmlToken>();
        while (!tokenizer.AtEnd)
        {
            var token = tokenizer.Next();
            if (token is null) continue;
            tokens.Add(token);
            if (token.Kind == HtmlTokenKind.StartTag && !token.Unterminated)
            {
                if (token.Name == "plaintext") tokenizer.SkipToEnd();
                else if (RawTextElements.Contains(token.Name)) tokenizer.SkipRawText(token.Name);
            }
        }

        return tokens;
    }

    private bool AtEnd => _index >= _text.Length;

    private char Current => _text[_index];

    private char Peek(int ahead) => _index + ahead < _text.Length ? _text[_index + ahead] : '\0';

    private TextPosition Position => new(_line, _column);

    private void Advance()
    {
        var c = _text[_index++];
        if (c == '\n')
        {
            _line++;
            _column = 1;
        }
        else if (!char.IsLowSurrogate(c))
        {
            _column++;
        }
    }

    private void AdvanceTo(int index)
    {
        while (_index < index && !AtEnd) Advance();
    }

    /// <summary>The next token, or null after skipping text (which always moves forward by at least one character).</summary>
    private HtmlToken? Next()
    {
        if (Current != '<')
        {
            var next = _text.IndexOf('<', _index + 1);
            AdvanceTo(next < 0 ? _text.Length : next);
            return null;
        }

        var start = Position;
        var after = Peek(1);
        if (char.IsAsciiLetter(after)) return ReadTag(start, HtmlTokenKind.StartTag, 1);
        if (after == '/' && char.IsAsciiLetter(Peek(2))) return ReadTag(start, HtmlTokenKind.EndTag, 2);
        if (after == '!' && Peek(2) == '-' && Peek(3) == '-') return ReadComment(start);
        if (after is '!' or '?' or '/') return ReadDeclaration(start);
        Advance(); // a lone '<' is text
        return null;
    }

    private HtmlToken ReadTag(TextPosition start, HtmlTokenKind kind, int prefix)
    {
        for (var i = 0; i < prefix; i++) Advance();
        var name = ReadWhile(c => !char.IsWhiteSpace(c) && c is not '/' and not '>').ToLowerInvariant();
        var attributes = new List<HtmlAttribute>();
        while (true)
        {
            SkipWhile(c => char.IsWhiteSpace(c) || c == '/');
            if (AtEnd) return new HtmlToken(kind, name, attributes, start, Unterminated: true);
            if (Current == '>')
            {
                Advance();
                return new HtmlToken(kind, name, attributes, start, Unterminated: false);
            }

            var attribute = ReadAttribute(out var cutOff);
            attributes.Add(attribute);
            if (cutOff) return new HtmlToken(kind, name, attributes, start, Unterminated: true);
        }
    }

    private HtmlAttribute ReadAttribute(out bool cutOff)
    {
        cutOff = false;
        var position = Position;
        var name = new StringBuilder();
        name.Append(Current); // the first character may even be '=' (HTML reads it as part of the name)
        Advance();
        name.Append(ReadWhile(c => !char.IsWhiteSpace(c) && c is not '/' and not '>' and not '='));
        SkipWhile(char.IsWhiteSpace);
        if (AtEnd || Current != '=') return new HtmlAttribute(name.ToString().ToLowerInvariant(), null, position);
        Advance();
        SkipWhile(char.IsWhiteSpace);
        if (AtEnd) return new HtmlAttribute(name.ToString().ToLowerInvariant(), "", position);
        string value;
        if (Current is '"' or '\'')
        {
            var quote = Current;
            Advance();
            value = ReadWhile(c => c != quote);
            if (AtEnd) cutOff = true;
            else Advance();
        }
        else
        {
            value = ReadWhile(c => !char.IsWhiteSpace(c) && c != '>');
        }

        return new HtmlAttribute(name.ToString().ToLowerInvariant(), value, position);
    }

    private HtmlToken ReadComment(TextPosition start)
    {
        var end = _text.IndexOf("-->", _index + 4, StringComparison.Ordinal);
        AdvanceTo(end < 0 ? _text.Length : end + 3);
        return new HtmlToken(HtmlTokenKind.Comment, "!--", [], start, Unterminated: end < 0);
    }

    private HtmlToken ReadDeclaration(TextPosition start)
    {
        var end = _text.IndexOf('>', _index + 1);
        var name = new string(_text.AsSpan(_index + 1, Math.Min(_text.Length - _index - 1, 8)).ToArray().TakeWhile(c => !char.IsWhiteSpace(c) && c != '>').ToArray());
        AdvanceTo(end < 0 ? _text.Length : end + 1);
        return new HtmlToken(HtmlTokenKind.Declaration, name, [], start, Unterminated: end < 0);
    }

    private void SkipRawText(string element)
    {
        var end = _index;
        while (true)
        {
            end = _text.IndexOf("</", end, StringComparison.Ordinal);
            if (end < 0)
            {
                SkipToEnd();
                return;
            }

            var candidate = _text.AsSpan(end + 2);
            if (candidate.Length >= element.Length
                && candidate[..element.Length].Equals(element, StringComparison.OrdinalIgnoreCase)
                && (candidate.Length == element.Length || !char.IsAsciiLetterOrDigit(candidate[element.Length])))
                break;
            end += 2;
        }

        AdvanceTo(end);
    }

    private void SkipToEnd() => AdvanceTo(_text.Length);

    private string ReadWhile(Func<char, bool> predicate)
    {
        var start = _index;
        while (!AtEnd && predicate(Current)) Advance();
        return _text[start.._index];
    }

    private void SkipWhile(Func<char, bool> predicate)
    {
        while (!AtEnd && predicate(Current)) Advance();
    }
}
