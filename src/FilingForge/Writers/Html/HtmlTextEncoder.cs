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

    /// <summary>Appends <paramref name="text"/> escaped; returns the code points that had to be left out (usually none).</summary>
    public void Encode(string text, bool inAttribute, StringBuilder output, Action<int> leftOut)
    {
        var i = 0;
        while (i < text.Length)
        {
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
            output.Append(char.ConvertFromUtf32(codePoint));
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
