namespace FilingForge.Writers.Pdf.Fonts;

public sealed partial class TrueTypeFont
{
    /// <summary>Reads the best Unicode cmap: format 12 (full Unicode) if present, else format 4 (BMP).</summary>
    private Dictionary<int, ushort> ReadCmap()
    {
        var map = new Dictionary<int, ushort>();
        if (!Tables.TryGetValue("cmap", out var table)) return map;
        var cmap = table.Offset;
        var count = Data.U16(cmap + 2);
        int format4 = -1, format12 = -1;
        for (var i = 0; i < count; i++)
        {
            var record = cmap + 4 + i * 8;
            var platform = Data.U16(record);
            var encoding = Data.U16(record + 2);
            var offset = cmap + (int)Data.U32(record + 4);
            var unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (!unicode) continue;
            var format = Data.U16(offset);
            if (format == 12 && format12 < 0) format12 = offset;
            if (format == 4 && format4 < 0) format4 = offset;
        }

        if (format12 >= 0) ReadFormat12(format12, map);
        else if (format4 >= 0) ReadFormat4(format4, map);
        return map;
    }

    private void ReadFormat4(int at, Dictionary<int, ushort> map)
    {
        var segments = Data.U16(at + 6) / 2;
        var ends = at + 14;
        var starts = ends + segments * 2 + 2;
        var deltas = starts + segments * 2;
        var rangeOffsets = deltas + segments * 2;
        for (var s = 0; s < segments; s++)
        {
            int end = Data.U16(ends + s * 2), start = Data.U16(starts + s * 2);
            var delta = Data.S16(deltas + s * 2);
            var rangeOffset = Data.U16(rangeOffsets + s * 2);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    var address = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
                    glyph = Data.U16(address);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0 && glyph < GlyphCount) map[c] = (ushort)glyph;
            }
        }
    }

    private void ReadFormat12(int at, Dictionary<int, ushort> map)
    {
        var groups = (int)Data.U32(at + 12);
        for (var i = 0; i < groups; i++)
        {
            var group = at + 16 + i * 12;
            var start = (int)Data.U32(group);
            var end = (int)Data.U32(group + 4);
            var glyph = (int)Data.U32(group + 8);
            for (var c = start; c <= end; c++, glyph++)
                if (glyph != 0 && glyph < GlyphCount) map[c] = (ushort)glyph;
        }
    }
}
