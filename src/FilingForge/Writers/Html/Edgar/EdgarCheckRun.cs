using System.Globalization;
using System.Text;
using FilingForge.Diagnostics;

namespace FilingForge.Writers.Html.Edgar;

/// <summary>The state of checking one file: where diagnostics point, and how many each rule has reported.</summary>
internal sealed partial class EdgarCheckRun(string fileName, ISubmissionFiles? submission, int maxReportsPerRule)
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];
    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    private void Report(DiagnosticDescriptor descriptor, TextPosition position, params object?[] args) =>
        Report(descriptor, new SourceLocation(fileName, position.Line, position.Column), args);

    private void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
    {
        var count = _counts.TryGetValue(descriptor.Id, out var c) ? c + 1 : 1;
        _counts[descriptor.Id] = count;
        if (count <= maxReportsPerRule) _diagnostics.Add(descriptor.At(location, args));
    }

    public IReadOnlyList<Diagnostic> Finish()
    {
        foreach (var (id, count) in _counts.Where(kv => kv.Value > maxReportsPerRule).OrderBy(kv => kv.Key, StringComparer.Ordinal))
            _diagnostics.Add(HtmlDiagnostics.MoreBreachesNotListed.At(new SourceLocation(fileName, 0, 0), count - maxReportsPerRule, id));
        return _diagnostics;
    }

    /// <summary>§8.</summary>
    public void CheckFileName()
    {
        var name = Path.GetFileName(fileName);
        if (EdgarFileName.Problem(name) is { } problem) Report(HtmlDiagnostics.FileName, new SourceLocation(fileName, 0, 0), name, problem);
    }

    /// <summary>§7: a byte-order mark, then every character outside printable ASCII. Returns the content after any BOM.</summary>
    public ReadOnlySpan<byte> CheckCharacters(ReadOnlySpan<byte> content)
    {
        var bom = content.StartsWith(Utf8Bom) ? ("UTF-8", 3)
            : content.StartsWith(Utf16BigEndianBom) ? ("UTF-16 (big-endian)", 2)
            : content.StartsWith(Utf16LittleEndianBom) ? ("UTF-16 (little-endian)", 2)
            : (null, 0);
        if (bom.Item1 is not null) Report(HtmlDiagnostics.ByteOrderMark, new TextPosition(1, 1), bom.Item1);
        var body = content[bom.Item2..];

        int line = 1, column = 1, i = 0;
        while (i < body.Length)
        {
            var b = body[i];
            if (b < 0x80)
            {
                if (!IsAllowedAscii(b))
                    Report(HtmlDiagnostics.NonAsciiCharacter, new TextPosition(line, column), $"control character U+{b:X4}", "nothing (remove it)");
                if (b == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }

                i++;
                continue;
            }

            var status = Rune.DecodeFromUtf8(body[i..], out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
                Report(HtmlDiagnostics.NonAsciiCharacter, new TextPosition(line, column), Describe(rune), $"&#{rune.Value.ToString(CultureInfo.InvariantCulture)};");
            else
                Report(HtmlDiagnostics.NonAsciiCharacter, new TextPosition(line, column), $"byte 0x{b:X2} (not valid UTF-8)", "an ASCII character or a character reference");
            column++;
            i += Math.Max(1, consumed);
        }

        return body;
    }

    private static bool IsAllowedAscii(byte b) => b is (>= 0x20 and < 0x7F) or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';

    private static string Describe(Rune rune)
    {
        var code = $"U+{rune.Value:X4}";
        var category = Rune.GetUnicodeCategory(rune);
        var printable = category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse
            or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned);
        return printable ? $"'{rune}' ({code})" : code;
    }
}
