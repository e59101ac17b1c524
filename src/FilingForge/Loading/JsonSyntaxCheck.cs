using System.Text;
using System.Text.Json;
using FilingForge.Diagnostics;

namespace FilingForge.Loading;

/// <summary>
/// JSON is YAML 1.2 flow syntax, so a <c>.json</c> file is read by the same YAML reader. YAML is more lenient than
/// JSON, though (trailing commas, comments, single quotes, unquoted keys); this check holds a <c>.json</c> file to
/// JSON's own grammar first, so a file that passes here is one every other JSON tool reads too.
/// </summary>
internal static class JsonSyntaxCheck
{
    // Depth is the YAML reader's concern (one rule, one diagnostic for both formats); the JSON reader is not recursive.
    private static readonly JsonReaderOptions Options = new() { MaxDepth = int.MaxValue };

    public static bool IsValid(string text, string file, FileDiagnostics diagnostics)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        try
        {
            var reader = new Utf8JsonReader(utf8, Options);
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var column = ColumnOf(utf8, line, (int)(e.BytePositionInLine ?? 0));
            diagnostics.Report(LoadDiagnostics.InvalidJson, new SourceLocation(file, line + 1, column), Explain(e.Message));
            return false;
        }
    }

    /// <summary>System.Text.Json counts bytes within the line; diagnostics count characters.</summary>
    private static int ColumnOf(byte[] utf8, int zeroBasedLine, int bytesIntoLine)
    {
        var start = 0;
        for (var line = 0; line < zeroBasedLine && start < utf8.Length; line++)
        {
            var newline = Array.IndexOf(utf8, (byte)'\n', start);
            if (newline < 0) break;
            start = newline + 1;
        }

        var length = Math.Clamp(bytesIntoLine, 0, utf8.Length - start);
        return Encoding.UTF8.GetCharCount(utf8, start, length) + 1;
    }

    /// <summary>Drops the position and the advice to change reader options, which are for programmers.</summary>
    private static string Explain(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0) message = message[..cut];
        return message
            .Replace(" Change the reader options.", "", StringComparison.Ordinal)
            .Replace(" which is not supported in this mode", ", which JSON does not allow", StringComparison.Ordinal)
            .Trim();
    }
}
