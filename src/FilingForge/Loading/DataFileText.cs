using System.Buffers;
using System.Text;
using System.Text.Unicode;
using FilingForge.Diagnostics;

namespace FilingForge.Loading;

/// <summary>
/// Reads a data file's bytes into text, refusing what is not a data file: too large (checked before reading),
/// binary (control characters) or not UTF-8. Each refusal names the first offending line and column.
/// </summary>
internal static class DataFileText
{
    /// <summary>A filing's largest data file is tens of kilobytes; anything near this is a mistake or an attack.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    // YAML's printable set excludes the C0 controls other than tab, line feed and carriage return, and DEL.
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0B, 0x0C, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19,
            0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F]);

    public static string? Read(string path, string file, FileDiagnostics diagnostics)
    {
        var bytes = ReadBytes(path, file, diagnostics);
        if (bytes is null) return null;

        var content = bytes.AsSpan();
        if (content.StartsWith(Utf8Bom)) content = content[Utf8Bom.Length..];
        if (IsCleanUtf8(content)) return Encoding.UTF8.GetString(content);
        ReportFirstBadByte(content, file, diagnostics);
        return null;
    }

    private static byte[]? ReadBytes(string path, string file, FileDiagnostics diagnostics)
    {
        try
        {
            // A pipe or a device reports length 0 and would block or never end; an empty file holds nothing either way.
            if (new FileInfo(path).Length == 0) return [];
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var length = stream.Length;
            if (length > MaxBytes)
            {
                diagnostics.Report(LoadDiagnostics.FileTooLarge, new SourceLocation(file, 0, 0), length, MaxBytes);
                return null;
            }

            var bytes = new byte[length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(LoadDiagnostics.FileUnreadable, new SourceLocation(file, 0, 0), e.Message);
            return null;
        }
    }

    private static bool IsCleanUtf8(ReadOnlySpan<byte> content) =>
        !content.ContainsAny(ControlBytes) && Utf8.IsValid(content);

    /// <summary>Walks the text once more, slowly, to find where the first bad byte is.</summary>
    private static void ReportFirstBadByte(ReadOnlySpan<byte> content, string file, FileDiagnostics diagnostics)
    {
        int line = 1, column = 1, offset = 0;
        while (offset < content.Length)
        {
            var status = Rune.DecodeFromUtf8(content[offset..], out var rune, out var consumed);
            var at = new SourceLocation(file, line, column);
            if (status != OperationStatus.Done)
            {
                diagnostics.Report(LoadDiagnostics.InvalidUtf8, at, content[offset]);
                return;
            }

            if (rune.IsAscii && ControlBytes.Contains((byte)rune.Value))
            {
                diagnostics.Report(LoadDiagnostics.BinaryContent, at, $"U+{rune.Value:X4}");
                return;
            }

            if (rune.Value == '\n') (line, column) = (line + 1, 1);
            else column += rune.Utf16SequenceLength;
            offset += consumed;
        }
    }
}
