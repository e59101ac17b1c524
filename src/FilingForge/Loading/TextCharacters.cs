using System.Buffers;
using System.Globalization;
using System.Text;

namespace FilingForge.Loading;

/// <summary>
/// The one rule for the characters of every text and Markdown value, applied when it is read so that every check,
/// template and writer sees the same text. A raw control character in a file is already refused (FF1008), but YAML's
/// escapes (<c>"\x01"</c>, <c>"\0"</c>, <c>"\v"</c>, <c>"\uFFFE"</c>) put one in a value: XML (Word, the EDGAR and
/// preview HTML) cannot hold it at all, and a PDF would print a blank. Such a value is rejected, not cleaned: the text
/// of a filing is what its lawyers wrote, and removing a character silently would change it.
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
