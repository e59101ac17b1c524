using System.Globalization;
using System.Text;

namespace FilingForge.Tests.Loading;

/// <summary>
/// Inputs a case describes instead of committing: too large for the repository (a 50 MB file), too deep to write by
/// hand, or bytes an editor would "repair" (NULs, invalid UTF-8). A case's <c>generate.txt</c> holds one line:
/// <c>generator file-name [argument]</c>.
/// </summary>
internal static class GeneratedInput
{
    public static void Write(string specification, string directory, out string fileName)
    {
        var parts = specification.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        fileName = parts[1];
        var path = Path.Combine(directory, fileName);
        var argument = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0;
        switch (parts[0])
        {
            case "large": WriteLarge(path, megabytes: argument); break;
            case "deep-yaml": File.WriteAllText(path, $"years: {new string('[', argument)}{new string(']', argument)}\n"); break;
            case "deep-json": File.WriteAllText(path, $"{{\"years\": {Repeat("{\"a\": ", argument)}1{new string('}', argument)}}}\n"); break;
            case "binary": File.WriteAllBytes(path, [.. "auditor: x\nyears:\n"u8, 0x00, 0x01, 0x02, 0xFF, 0x00, 0x7F, (byte)'\n']); break;
            case "invalid-utf8": File.WriteAllBytes(path, [.. "auditor: Ernst & Young\nfootnotes: []\nyears: []\npre_approval: caf"u8, 0xC3, 0x28, (byte)'\n']); break;
            case "control-character": File.WriteAllBytes(path, [.. "auditor: Deloitte "u8, 0x07, .. " Touche LLP\n"u8]); break;
            case "utf16": File.WriteAllBytes(path, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("auditor: x\n")]); break;
            default: throw new ArgumentException($"Unknown generator in generate.txt: {parts[0]}");
        }
    }

    /// <summary>Streams well-formed YAML to the given size; the loader must refuse it by its size without reading it.</summary>
    private static void WriteLarge(string path, int megabytes)
    {
        var chunk = Encoding.UTF8.GetBytes(Repeat("  - person: someone\n    position: Officer of the Company\n", 1024));
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
        stream.Write("officers:\n"u8);
        for (long written = 0; written < megabytes * (1L << 20); written += chunk.Length) stream.Write(chunk);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
