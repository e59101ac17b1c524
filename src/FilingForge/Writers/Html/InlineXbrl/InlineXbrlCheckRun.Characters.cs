using System.Globalization;
using System.Text;

namespace FilingForge.Writers.Html.InlineXbrl;

internal sealed partial class InlineXbrlCheckRun
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];
    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    /// <summary>A byte-order mark, then every character outside printable ASCII (tab, CR and LF allowed), at its line:column.</summary>
    public void CheckCharacters(ReadOnlySpan<byte> content)
    {
        var bom = content.StartsWith(Utf8Bom) ? "UTF-8"
            : content.StartsWith(Utf16BigEndianBom) ? "UTF-16 (big-endian)"
            : content.StartsWith(Utf16LittleEndianBom) ? "UTF-16 (little-endian)"
            : null;
        if (bom is not null) Report(InlineXbrlDiagnostics.ByteOrderMark, 1, 1, bom);
        var body = bom == "UTF-8" ? content[3..] : bom is null ? content : content[2..];

        int line = 1, column = 1, i = 0;
        while (i < body.Length)
        {
            var consumed = CheckCharacter(body[i..], line, column);
            if (body[i] == '\n') (line, column) = (line + 1, 1);
            else column++;
            i += consumed;
        }
    }

    /// <summary>Reports the character at the start of <paramref name="rest"/> if EDGAR does not accept it; returns its length in bytes.</summary>
    private int CheckCharacter(ReadOnlySpan<byte> rest, int line, int column)
    {
        var b = rest[0];
        if (b is (>= 0x20 and < 0x7F) or (byte)'\t' or (byte)'\n' or (byte)'\r') return 1;
        if (b < 0x80)
        {
            Report(InlineXbrlDiagnostics.NonAsciiCharacter, line, column, $"control character U+{b:X4}", "nothing (remove it)");
            return 1;
        }

        var status = Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
        if (status == System.Buffers.OperationStatus.Done)
            Report(InlineXbrlDiagnostics.NonAsciiCharacter, line, column, $"U+{rune.Value:X4}", $"&#{rune.Value.ToString(CultureInfo.InvariantCulture)};");
        else
            Report(InlineXbrlDiagnostics.NonAsciiCharacter, line, column, $"byte 0x{b:X2} (not valid UTF-8)", "an ASCII character or a character reference");
        return Math.Max(1, consumed);
    }
}
