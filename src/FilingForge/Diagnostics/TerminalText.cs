using System.Globalization;
using System.Text;

namespace FilingForge.Diagnostics;

/// <summary>
/// Text made safe for a terminal or a log: a diagnostic quotes the data it is about, and a raw ESC in a holder's name
/// would otherwise drive the terminal (colours, cursor, title) and a bidirectional override would reorder the line.
/// Control characters (C0, DEL, C1) and the bidi embedding, override and isolate characters are written as <c>\uXXXX</c>.
/// </summary>
public static class TerminalText
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (NeedsEscape(c)) escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';
}
