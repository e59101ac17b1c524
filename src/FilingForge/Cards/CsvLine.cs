namespace FilingForge.Cards;

/// <summary>RFC 4180 fields of one line: commas separate, double quotes enclose, "" is a quote. Null when a quote is left open.</summary>
public static class CsvLine
{
    public static List<string>? Split(string line)
    {
        var fields = new List<string>(8);
        if (!line.Contains('"'))
        {
            // No quotes: the fields are the text between commas (what the loop below gives, without a builder).
            var start = 0;
            for (int comma; (comma = line.IndexOf(',', start)) >= 0; start = comma + 1) fields.Add(line[start..comma]);
            fields.Add(line[start..]);
            return fields;
        }

        // A field is never longer than the line: gather it in a char buffer instead of a StringBuilder.
        var buffer = line.Length <= 1024 ? stackalloc char[line.Length] : new char[line.Length];
        var length = 0;
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"') buffer[length++] = c;
                else if (i + 1 < line.Length && line[i + 1] == '"') { buffer[length++] = '"'; i++; }
                else quoted = false;
            }
            else if (c == '"' && length == 0) quoted = true;
            else if (c == ',') { fields.Add(new string(buffer[..length])); length = 0; }
            else buffer[length++] = c;
        }

        if (quoted) return null;
        fields.Add(new string(buffer[..length]));
        return fields;
    }

    public static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
