using System.Text;

namespace FilingForge.Writers.Html;

/// <summary>
/// Escapes text for an HTML document. Both dialects escape markup characters and leave out code points that no
/// HTML document may carry (controls, noncharacters, lone surrogates); the EDGAR dialect also writes everything
/// outside printable ASCII as a numeric character reference (é → <c>&amp;#233;</c>), because EDGAR accepts ASCII only.
/// </summary>
public sealed class HtmlTextEncoder
{
    public static HtmlTextEncoder Ascii { get; } = new(asciiOnly: true);
    public static HtmlTextEncoder Unicode { get; } = new(asciiOnly: false);

    private readonly bool _asciiOnly;

    private HtmlTextEncoder(bool asciiOnly) => _asciiOnly = asciiOnly;

    // Characters that always take the slow path: markup, quotes, line ends, controls and everything beyond ASCII.
    private static readonly System.Buffers.SearchValues<char> Plain = System.Buffers.SearchValues.Create(
        " !#$%'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\t\n");

    /// <summary>
    /// <paramref name="text"/> escaped for text or an attribute value, silently without what no HTML document may
    /// carry; for pages (the blackline) whose text has already been through a writer's reporting.
    /// </summary>
    public string Encode(string text)
    {
        var output = new StringBuilder(text.Length + 16);
        Encode(text, inAttribute: true, output, _ => { });
        return output.ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped; reports each code point it had to leave out to <paramref name="leftOut"/>.</summary>
    public void Encode(string text, bool inAttribute, StringBuilder output, Action<int> leftOut)
    {
        var i = 0;
        while (i < text.Length)
        {
            // Runs of plain ASCII text are copied as they are; only the rest is looked at one character at a time.
            var plain = text.AsSpan(i).IndexOfAnyExcept(Plain);
            if (plain < 0)
            {
                output.Append(text.AsSpan(i));
                return;
            }

            output.Append(text.AsSpan(i, plain));
            i += plain;
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            var codePoint = status == System.Buffers.OperationStatus.Done ? rune.Value : text[i];
            i += consumed == 0 ? 1 : consumed;
            if (codePoint == '\r')
            {
                // Line ends are written as LF alone, so the bytes do not depend on where the text was typed.
                if (i < text.Length && text[i] == '\n') continue;
                codePoint = '\n';
            }

            if (status != System.Buffers.OperationStatus.Done || !MayAppearInHtml(codePoint))
            {
                leftOut(codePoint);
                continue;
            }

            Append(codePoint, inAttribute, output);
        }
    }

    private void Append(int codePoint, bool inAttribute, StringBuilder output)
    {
        switch (codePoint)
        {
            case '&': output.Append("&amp;"); return;
            case '<': output.Append("&lt;"); return;
            case '>': output.Append("&gt;"); return;
            case '"' when inAttribute: output.Append("&quot;"); return;
        }

        if (codePoint < 0x80 || !_asciiOnly)
        {
            if (codePoint <= 0xFFFF) output.Append((char)codePoint);
            else output.Append(char.ConvertFromUtf32(codePoint));
            return;
        }

        output.Append("&#").Append(codePoint.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(';');
    }

    /// <summary>
    /// HTML forbids C0 controls other than tab, LF, FF and CR, DEL, the C1 controls and noncharacters, whether written
    /// raw or as a character reference; the W3C checker reports each as an error.
    /// </summary>
    public static bool MayAppearInHtml(int codePoint) => codePoint switch
    {
        '\t' or '\n' or '\f' or '\r' => true,
        < 0x20 => false,
        >= 0x7F and <= 0x9F => false,
        >= 0xFDD0 and <= 0xFDEF => false,
        _ when (codePoint & 0xFFFE) == 0xFFFE => false,
        >= 0xD800 and <= 0xDFFF => false,
        _ => true,
    };
}
