using System.Text;

namespace FilingForge.Writers.Pdf.Fonts;

/// <summary>
/// A TrueType (glyf-outline) font: the tables a typesetter and a subsetter need — head, hhea, maxp, hmtx, cmap (formats 4
/// and 12), OS/2, post, name, loca/glyf and kern (format 0) when present. CFF-flavoured OpenType is not read.
/// </summary>
public sealed partial class TrueTypeFont
{
    private readonly Dictionary<int, ushort> _cmap;
    private readonly Dictionary<uint, short> _kerning;
    private readonly ushort[] _advances;
    private readonly uint[] _loca;

    /// <summary>The cmap for code points below <see cref="DirectLimit"/> as an array (0: no glyph), read without hashing.</summary>
    private readonly ushort[] _direct = new ushort[DirectLimit];
    private const int DirectLimit = 0x800;

    private TrueTypeFont(byte[] data, IReadOnlyDictionary<string, FontTable> tables)
    {
        Data = data;
        Tables = tables;
        var head = Require("head").Offset;
        UnitsPerEm = data.U16(head + 18);
        BoundingBox = (data.S16(head + 36), data.S16(head + 38), data.S16(head + 40), data.S16(head + 42));
        MacStyle = data.U16(head + 44);
        var longLoca = data.S16(head + 50) == 1;

        GlyphCount = data.U16(Require("maxp").Offset + 4);
        var hhea = Require("hhea").Offset;
        Ascender = data.S16(hhea + 4);
        Descender = data.S16(hhea + 6);
        LineGap = data.S16(hhea + 8);
        _advances = ReadAdvances(data.U16(hhea + 34));
        _loca = ReadLoca(longLoca);
        _cmap = ReadCmap();
        foreach (var (codePoint, glyph) in _cmap)
            if (codePoint is >= 0 and < DirectLimit) _direct[codePoint] = glyph;
        _kerning = ReadKerning();
        ReadOs2();
        ReadPost();
        (FamilyName, SubfamilyName, PostScriptName) = tables.TryGetValue("name", out var name) ? FontNames.Read(data, name) : ("", "Regular", "Font");
    }

    public byte[] Data { get; }
    public IReadOnlyDictionary<string, FontTable> Tables { get; }
    public ushort UnitsPerEm { get; }
    public int GlyphCount { get; }
    public (short XMin, short YMin, short XMax, short YMax) BoundingBox { get; }
    public ushort MacStyle { get; }
    public short Ascender { get; }
    public short Descender { get; }
    public short LineGap { get; }
    public short CapHeight { get; private set; }
    public ushort WeightClass { get; private set; } = 400;
    public double ItalicAngle { get; private set; }
    public bool IsFixedPitch { get; private set; }
    public short UnderlinePosition { get; private set; }
    public short UnderlineThickness { get; private set; }
    public string FamilyName { get; }
    public string SubfamilyName { get; }
    public string PostScriptName { get; }

    public IReadOnlyDictionary<int, ushort> CharacterMap => _cmap;

    public static TrueTypeFont Load(string path) => Parse(File.ReadAllBytes(path));

    public static TrueTypeFont Parse(byte[] data) => new(data, ReadTableDirectory(data));

    /// <summary>The glyph for a Unicode scalar value, or 0 (.notdef) when the font has none.</summary>
    public ushort GlyphOf(int codePoint) =>
        (uint)codePoint < DirectLimit ? _direct[codePoint] : _cmap.TryGetValue(codePoint, out var g) ? g : (ushort)0;

    /// <summary>Whether the font maps the code point (the cmap keeps no mapping to glyph 0).</summary>
    public bool HasGlyph(int codePoint) => (uint)codePoint < DirectLimit ? _direct[codePoint] != 0 : _cmap.ContainsKey(codePoint);

    /// <summary>Advance width in font units.</summary>
    public ushort AdvanceOf(ushort glyph) => _advances[Math.Min(glyph, _advances.Length - 1)];

    /// <summary>Kerning between two glyphs in font units (negative tightens), from a format 0 kern table.</summary>
    public short KerningOf(ushort left, ushort right) => _kerning.TryGetValue(((uint)left << 16) | right, out var k) ? k : (short)0;

    public bool HasKerning => _kerning.Count > 0;

    /// <summary>The glyph's outline bytes in glyf (empty for glyphs without contours, such as the space).</summary>
    public ReadOnlySpan<byte> GlyphData(ushort glyph)
    {
        if (glyph >= GlyphCount) return ReadOnlySpan<byte>.Empty;
        var glyf = Require("glyf").Offset;
        var start = (int)_loca[glyph];
        var end = (int)_loca[glyph + 1];
        return end <= start ? ReadOnlySpan<byte>.Empty : Data.AsSpan(glyf + start, end - start);
    }

    public FontTable Require(string tag) =>
        Tables.TryGetValue(tag, out var t) ? t : throw new InvalidDataException($"The font has no '{tag}' table.");

    internal static IReadOnlyDictionary<string, FontTable> ReadTableDirectory(byte[] data)
    {
        var version = data.U32(0);
        if (version != 0x00010000 && version != 0x74727565) throw new InvalidDataException("Not a TrueType font (glyf outlines).");
        var count = data.U16(4);
        var tables = new SortedDictionary<string, FontTable>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + i * 16;
            var tag = data.Tag(record);
            tables[tag] = new FontTable(tag, (int)data.U32(record + 8), (int)data.U32(record + 12));
        }

        return tables;
    }

    private ushort[] ReadAdvances(int metricCount)
    {
        var hmtx = Require("hmtx").Offset;
        var advances = new ushort[Math.Max(GlyphCount, 1)];
        for (var g = 0; g < advances.Length; g++)
            advances[g] = Data.U16(hmtx + Math.Min(g, metricCount - 1) * 4);
        return advances;
    }

    private uint[] ReadLoca(bool longFormat)
    {
        var loca = Require("loca").Offset;
        var offsets = new uint[GlyphCount + 1];
        for (var g = 0; g <= GlyphCount; g++)
            offsets[g] = longFormat ? Data.U32(loca + g * 4) : Data.U16(loca + g * 2) * 2u;
        return offsets;
    }

    private void ReadOs2()
    {
        if (!Tables.TryGetValue("OS/2", out var os2)) return;
        WeightClass = Data.U16(os2.Offset + 4);
        if (Data.U16(os2.Offset) >= 2 && os2.Length >= 90) CapHeight = Data.S16(os2.Offset + 88);
        if (CapHeight == 0) CapHeight = (short)(Ascender * 0.7);
    }

    private void ReadPost()
    {
        if (!Tables.TryGetValue("post", out var post)) return;
        ItalicAngle = Data.S32(post.Offset + 4) / 65536.0;
        UnderlinePosition = Data.S16(post.Offset + 8);
        UnderlineThickness = Data.S16(post.Offset + 10);
        IsFixedPitch = Data.U32(post.Offset + 12) != 0;
    }

    private Dictionary<uint, short> ReadKerning()
    {
        var pairs = new Dictionary<uint, short>();
        if (!Tables.TryGetValue("kern", out var kern) || Data.U16(kern.Offset) != 0) return pairs;
        var subtables = Data.U16(kern.Offset + 2);
        var at = kern.Offset + 4;
        for (var s = 0; s < subtables; s++)
        {
            var length = Data.U16(at + 2);
            var coverage = Data.U16(at + 4);
            if (coverage >> 8 == 0 && (coverage & 1) == 1)
            {
                var count = Data.U16(at + 6);
                for (var i = 0; i < count; i++)
                {
                    var pair = at + 14 + i * 6;
                    pairs.TryAdd(Data.U32(pair), Data.S16(pair + 4));
                }
            }

            at += length;
        }

        return pairs;
    }

    public override string ToString() => $"{FamilyName} {SubfamilyName}";
}
