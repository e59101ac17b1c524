using System.Text;

namespace FilingForge.Writers.Pdf.Fonts;

/// <summary>Reads family, subfamily and PostScript names from a name table, preferring Windows Unicode English records.</summary>
internal static class FontNames
{
    public static (string Family, string Subfamily, string PostScript) Read(byte[] data, FontTable name)
    {
        var family = Find(data, name, 16) ?? Find(data, name, 1) ?? "";
        var subfamily = Find(data, name, 17) ?? Find(data, name, 2) ?? "Regular";
        var postScript = Find(data, name, 6) ?? family.Replace(" ", "", StringComparison.Ordinal);
        return (family, subfamily, postScript);
    }

    private static string? Find(byte[] data, FontTable table, int nameId)
    {
        var at = table.Offset;
        var count = data.U16(at + 2);
        var storage = at + data.U16(at + 4);
        string? fallback = null;
        for (var i = 0; i < count; i++)
        {
            var record = at + 6 + i * 12;
            if (data.U16(record + 6) != nameId) continue;
            var platform = data.U16(record);
            var language = data.U16(record + 4);
            var length = data.U16(record + 8);
            var offset = storage + data.U16(record + 10);
            if (offset + length > data.Length) continue;
            if (platform == 3 || platform == 0)
            {
                var text = Encoding.BigEndianUnicode.GetString(data, offset, length);
                if (platform == 3 && language == 0x409) return text;
                fallback ??= text;
            }
            else if (platform == 1)
            {
                fallback ??= Encoding.Latin1.GetString(data, offset, length);
            }
        }

        return fallback;
    }
}
