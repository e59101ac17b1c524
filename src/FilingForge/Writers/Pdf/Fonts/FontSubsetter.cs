using System.Buffers.Binary;

namespace FilingForge.Writers.Pdf.Fonts;

/// <summary>
/// Builds a valid TrueType font holding only the used glyphs, renumbered in the order given (new glyph i is old glyph
/// <c>glyphs[i]</c>, and glyph 0 stays .notdef). Components of composite glyphs are appended and their references
/// rewritten. The subset has no cmap: it is embedded as a CID font whose CIDs are the new glyph numbers.
/// </summary>
public static class FontSubsetter
{
    public sealed record Result(byte[] Font, IReadOnlyList<ushort> OldGlyphs);

    private static readonly string[] CopiedTables = ["OS/2", "cvt ", "fpgm", "name", "prep"];

    public static Result Subset(TrueTypeFont font, IReadOnlyList<ushort> glyphs)
    {
        var order = Closure(font, glyphs);
        var newIndex = new Dictionary<ushort, ushort>();
        for (var i = 0; i < order.Count; i++) newIndex.TryAdd(order[i], (ushort)i);

        var (glyf, loca) = BuildGlyf(font, order, newIndex);
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = glyf,
            ["loca"] = loca,
            ["hmtx"] = BuildHmtx(font, order),
            ["hhea"] = Patch(font, "hhea", 34, (ushort)order.Count),
            ["maxp"] = Patch(font, "maxp", 4, (ushort)order.Count),
            ["head"] = BuildHead(font),
            ["post"] = BuildPost(font),
        };
        foreach (var tag in CopiedTables)
            if (font.Tables.TryGetValue(tag, out var t)) tables[tag] = font.Data.AsSpan(t.Offset, t.Length).ToArray();

        return new Result(Assemble(tables), order);
    }

    /// <summary>The glyphs in the given order followed by any composite components not yet listed, transitively.</summary>
    private static List<ushort> Closure(TrueTypeFont font, IReadOnlyList<ushort> glyphs)
    {
        var order = new List<ushort>();
        var seen = new HashSet<ushort>();
        if (glyphs.Count == 0 || glyphs[0] != 0) { order.Add(0); seen.Add(0); }
        foreach (var g in glyphs) if (seen.Add(g)) order.Add(g);
        for (var i = 0; i < order.Count; i++)
            foreach (var component in CompositeGlyph.Components(font.GlyphData(order[i]).ToArray()))
                if (component < font.GlyphCount && seen.Add(component)) order.Add(component);
        return order;
    }

    private static (byte[] Glyf, byte[] Loca) BuildGlyf(TrueTypeFont font, List<ushort> order, Dictionary<ushort, ushort> newIndex)
    {
        using var glyf = new MemoryStream();
        var loca = new byte[(order.Count + 1) * 4];
        for (var i = 0; i < order.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(i * 4), (uint)glyf.Length);
            var data = font.GlyphData(order[i]).ToArray();
            foreach (var at in CompositeGlyph.ComponentIndexOffsets(data).ToArray())
            {
                var old = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at));
                BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(at), newIndex.GetValueOrDefault(old));
            }

            glyf.Write(data);
            while (glyf.Length % 4 != 0) glyf.WriteByte(0);
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(order.Count * 4), (uint)glyf.Length);
        return (glyf.ToArray(), loca);
    }

    private static byte[] BuildHmtx(TrueTypeFont font, List<ushort> order)
    {
        var hmtx = font.Require("hmtx").Offset;
        var metricCount = font.Data.U16(font.Require("hhea").Offset + 34);
        var result = new byte[order.Count * 4];
        for (var i = 0; i < order.Count; i++)
        {
            var g = order[i];
            var lsb = g < metricCount ? font.Data.S16(hmtx + g * 4 + 2) : font.Data.S16(hmtx + metricCount * 4 + (g - metricCount) * 2);
            BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(i * 4), font.AdvanceOf(g));
            BinaryPrimitives.WriteInt16BigEndian(result.AsSpan(i * 4 + 2), lsb);
        }

        return result;
    }

    private static byte[] Patch(TrueTypeFont font, string tag, int offset, ushort value)
    {
        var t = font.Require(tag);
        var bytes = font.Data.AsSpan(t.Offset, t.Length).ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(offset), value);
        return bytes;
    }

    private static byte[] BuildHead(TrueTypeFont font)
    {
        var bytes = Patch(font, "head", 50, 1);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), 0);
        return bytes;
    }

    /// <summary>post format 3: the metrics header without glyph names.</summary>
    private static byte[] BuildPost(TrueTypeFont font)
    {
        var bytes = new byte[32];
        if (font.Tables.TryGetValue("post", out var post)) font.Data.AsSpan(post.Offset, Math.Min(32, post.Length)).CopyTo(bytes);
        BinaryPrimitives.WriteUInt32BigEndian(bytes, 0x00030000);
        return bytes;
    }

    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        var searchRange = (1 << entrySelector) * 16;
        var headerLength = 12 + count * 16;
        var output = new byte[headerLength + tables.Values.Sum(t => (t.Length + 3) & ~3)];
        BinaryPrimitives.WriteUInt32BigEndian(output, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(10), (ushort)(count * 16 - searchRange));

        var record = 12;
        var at = headerLength;
        var headAt = -1;
        foreach (var (tag, data) in tables)
        {
            System.Text.Encoding.ASCII.GetBytes(tag, output.AsSpan(record));
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(record + 4), Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(record + 8), (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(record + 12), (uint)data.Length);
            data.CopyTo(output.AsSpan(at));
            if (tag == "head") headAt = at;
            at += (data.Length + 3) & ~3;
            record += 16;
        }

        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headAt + 8), 0xB1B0AFBA - Checksum(output));
        return output;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var j = 0; j < 4; j++) word = (word << 8) | (i + j < data.Length ? data[i + j] : 0u);
            sum += word;
        }

        return sum;
    }
}
