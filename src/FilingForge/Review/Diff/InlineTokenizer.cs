using System.Text;
using FilingForge.Document;

namespace FilingForge.Review.Diff;

/// <summary>Inlines into <see cref="DiffToken"/>s: words and spaces apart, each with the style it is set in.</summary>
public static class InlineTokenizer
{
    public static IReadOnlyList<DiffToken> Tokenize(IEnumerable<Inline> inlines)
    {
        var tokens = new List<DiffToken>();
        Add(inlines, TokenStyle.None, tokens);
        return tokens;
    }

    public static IReadOnlyList<DiffToken> Tokenize(string text, TokenStyle style = TokenStyle.None)
    {
        var tokens = new List<DiffToken>();
        AddText(text, style, tokens);
        return tokens;
    }

    /// <summary>The text as read, one space for each run of spaces; a line break reads as a space.</summary>
    public static string PlainText(IEnumerable<DiffToken> tokens)
    {
        var sb = new StringBuilder();
        foreach (var t in tokens)
        {
            if (t.IsSpace || t.Text == DiffToken.LineBreak)
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            }
            else sb.Append(t.Text);
        }

        return sb.ToString().Trim();
    }

    private static void Add(IEnumerable<Inline> inlines, TokenStyle style, List<DiffToken> tokens)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run: AddText(run.Text, style, tokens); break;
                case Strong s: Add(s.Children, style | TokenStyle.Bold, tokens); break;
                case Emphasis e: Add(e.Children, style | TokenStyle.Italic, tokens); break;
                case Underline u: Add(u.Children, style | TokenStyle.Underline, tokens); break;
                case InternalLink l: Add(l.Children, style, tokens); break;
                case WebAddress w: Add(w.Children, style, tokens); break;
                case TaggedText t: Add(t.Children, style, tokens); break;
                case LineBreak: tokens.Add(new DiffToken(DiffToken.LineBreak, style)); break;
                case FootnoteReference f: tokens.Add(new DiffToken(f.Marker, style | TokenStyle.Superscript)); break;
                case FillInBlank b: tokens.Add(new DiffToken(new string('_', Math.Max(b.Characters, 1)), style)); break;
            }
        }
    }

    private static void AddText(string text, TokenStyle style, List<DiffToken> tokens)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsWhiteSpace(text[i]) == char.IsWhiteSpace(text[start])) continue;
            tokens.Add(new DiffToken(text[start..i], style));
            start = i;
        }
    }
}
