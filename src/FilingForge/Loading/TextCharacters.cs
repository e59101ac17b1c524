using System.Buffers;
using System.Globalization;
using System.Text;

namespace FilingForge.Loading;

/// <summary>
/// The one rule for the characters of every text and Markdown value, applied when it is read so that every check,
/// template and writer sees the same text. A raw control character in a file is already refused (FF1008), but YAML's
/// escapes (<c>"\x01"</c>, <c>"\0"</c>, <c>"\v"</c>, <c>"\uFFFE"</c>) put one in a value: XML (Word, the EDGAR and
/// preview HTML) cannot hold it at all, and a PDF would print a blank. Such a value is rejected, not cleaned: the text
/// of a filing is what its lawyers wrote, and removing a character silently would change it. So is a value that leaves
/// a bidirectional control open (<see cref="FirstUnclosedBidi"/>).
/// </summary>
internal static class TextCharacters
{
    /// <summary>The first character no output format can carry, with its position (counted in characters, from 1), or null.</summary>
    public static (string Character, int Position)? FirstForbidden(string text)
    {
        var position = 1;
        for (var i = 0; i < text.Length; position++)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != OperationStatus.Done)
                return (Name(text[i]), position);
            if (IsForbidden(rune.Value)) return (Name(rune.Value), position);
            i += used;
        }

        return null;
    }

    /// <summary>
    /// The first bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2068) that the value never closes
    /// (with U+202C or U+2069), or null. Unclosed, it reverses or reorders whatever the template prints after the value
    /// (the "Trojan Source" trick): a company name with an open U+202E turns the rest of its sentence around.
    /// </summary>
    public static (string Character, int Position)? FirstUnclosedBidi(string text)
    {
        var open = new Stack<(char Character, int Position)>();
        var position = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            // Counted in characters as FirstForbidden counts them; every bidi control is one UTF-16 unit.
            position++;
            if (!rune.IsBmp) continue;
            var c = (char)rune.Value;
            if (c is >= '\u202A' and <= '\u202E' and not '\u202C' or >= '\u2066' and <= '\u2068') open.Push((c, position));
            else if (c == '\u202C' && open.Count > 0 && open.Peek().Character is < '\u2066') open.Pop();
            else if (c == '\u2069') PopIsolate(open);
        }

        if (open.Count == 0) return null;
        var first = open.Last();
        return (Name(first.Character), first.Position);
    }

    /// <summary>U+2069 closes the innermost isolate and every embedding opened inside it (UAX #9, rule X6a).</summary>
    private static void PopIsolate(Stack<(char Character, int Position)> open)
    {
        if (!open.Any(o => o.Character >= '\u2066')) return;
        while (open.Pop().Character < '\u2066') { }
    }

    /// <summary>
    /// C0 controls but tab, line feed and carriage return (XML 1.0 allows no others); DEL and the C1 controls (EDGAR's
    /// ASCII and every renderer treat them as garbage); and Unicode's noncharacters (U+FDD0–U+FDEF and the last two of
    /// each plane), which XML excludes and which are never text.
    /// </summary>
    private static bool IsForbidden(int c) =>
        c < 0x20 && c is not ('\t' or '\n' or '\r')
        || c is >= 0x7F and <= 0x9F
        || c is >= 0xFDD0 and <= 0xFDEF
        || (c & 0xFFFE) == 0xFFFE;

    private static string Name(int c) => string.Create(CultureInfo.InvariantCulture, $"U+{c:X4}");
}
