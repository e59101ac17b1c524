using System.Text;

namespace FilingForge.Parsing;

/// <summary>
/// The backslash escapes of CommonMark for text the parser reads itself (directive arguments, chart labels):
/// <c>\</c> before ASCII punctuation makes it literal; before anything else the backslash stays.
/// </summary>
internal static class MarkdownEscapes
{
    public static bool IsAsciiPunctuation(char c) => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';

    public static string Unescape(string text)
    {
        if (!text.Contains('\\')) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && IsAsciiPunctuation(text[i + 1])) i++;
            sb.Append(text[i]);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Splits at each unescaped occurrence of <paramref name="separator"/>, keeping escapes in the parts so they can
    /// still be read as Markdown; <c>\|</c> stays in a part as <c>\|</c>.
    /// </summary>
    public static List<string> SplitUnescaped(string text, string separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (string.CompareOrdinal(text, i, separator, 0, separator.Length) != 0) continue;
            parts.Add(text[start..i]);
            i += separator.Length - 1;
            start = i + 1;
        }

        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>The index of the first unescaped <paramref name="c"/>, or -1.</summary>
    public static int IndexOfUnescaped(string text, char c)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == c) return i;
        }

        return -1;
    }
}
