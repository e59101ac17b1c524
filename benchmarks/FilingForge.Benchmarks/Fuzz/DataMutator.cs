using System.Text;

namespace FilingForge.Fuzz;

/// <summary>
/// Damages one data file's text the ways people and tools do: a line dropped, doubled or swapped, a value replaced by
/// one of the values that broke FilingForge before (issue 16), a byte flipped, the file cut short. Seeded, so a
/// finding is reproduced by its seed and index alone.
/// </summary>
public static class DataMutator
{
    /// <summary>Values that found defects before: overflow, controls, markup, bidi, empty names, odd footnotes, dates.</summary>
    private static readonly string[] Hostile =
    [
        "\"\"", "\"  \"", "0", "-1", "79228162514264337593543950335", "9223372036854775807", "1e5", "0x4E5E8", "2003-02-30",
        "\"Capstone\\x01 Turbine\"", "\"\\0\"", "\"\\v\"", "\"\\uFFFE\"", "\"\\u202Eevil\"", "\"<b>x</b>\"", "\"[x](javascript:alert(1))\"",
        "\"[^zz]\"", "\"1\\nx\"", "null", "~", "[]", "{}", "nobody", "\"{{ x }}\"", "\"::: section x plain\"", "\"@@pagebreak\"",
        "\"# heading\"", "\"| a | b |\"", "&a x", "*a", "!fill-in 5", "\"" + new string('W', 300) + "\"",
    ];

    public static (string Text, string Description) Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        switch (random.Next(7))
        {
            case 0:
                lines.RemoveAt(line);
                return (string.Join('\n', lines), $"line {line + 1} deleted");
            case 1:
                lines.Insert(line, lines[line]);
                return (string.Join('\n', lines), $"line {line + 1} doubled");
            case 2:
                var other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return (string.Join('\n', lines), $"lines {line + 1} and {other + 1} swapped");
            case 3:
                var cut = random.Next(text.Length + 1);
                return (text[..cut], $"cut at character {cut}");
            case 4:
                var bytes = Encoding.UTF8.GetBytes(text);
                if (bytes.Length == 0) return (text, "empty file kept");
                var at = random.Next(bytes.Length);
                bytes[at] ^= (byte)(1 << random.Next(8));
                return (Encoding.UTF8.GetString(bytes), $"bit flipped in byte {at}");
            default:
                return ReplaceValue(lines, line, random);
        }
    }

    /// <summary>Replaces the value after the first <c>key:</c> or <c>- </c> on or after the chosen line.</summary>
    private static (string Text, string Description) ReplaceValue(List<string> lines, int start, Random random)
    {
        var value = Hostile[random.Next(Hostile.Length)];
        for (var i = 0; i < lines.Count; i++)
        {
            var n = (start + i) % lines.Count;
            var colon = lines[n].IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0 || lines[n].TrimStart().StartsWith('#')) continue;
            lines[n] = lines[n][..(colon + 2)] + value;
            return (string.Join('\n', lines), $"line {n + 1} value set to {value}");
        }

        return (string.Join('\n', lines), "no value to replace");
    }
}
