using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FilingForge.Writers.Pdf.Format;

namespace FilingForge.Writers.Pdf.Fonts;

/// <summary>
/// One TrueType font embedded as a subset: a Type0 font with Identity-H encoding over a CIDFontType2 whose CIDs are
/// the subset's glyph numbers, assigned in order of first use (so codes written on early pages never change), plus a
/// ToUnicode CMap so text can be searched and copied. Its objects are written once, after the last page.
/// </summary>
public sealed class EmbeddedFont : IPdfResource
{
    private readonly Dictionary<ushort, ushort> _cidByGlyph = new();
    private readonly List<ushort> _glyphByCid = [0];
    private readonly List<string?> _textByCid = [null];

    /// <summary>The CID of each glyph used (0: not used; glyph 0 is CID 0), an array beside <see cref="_cidByGlyph"/> for the painter's hot path.</summary>
    private readonly ushort[] _cidOf;

    public EmbeddedFont(TrueTypeFont font, string resourceName, PdfReference reference)
    {
        Font = font;
        ResourceName = resourceName;
        Reference = reference;
        _cidByGlyph[0] = 0;
        _cidOf = new ushort[Math.Max(font.GlyphCount, 1)];
    }

    public TrueTypeFont Font { get; }
    public string Category => "Font";
    public string ResourceName { get; }
    public PdfReference Reference { get; }
    public int UsedGlyphCount => _glyphByCid.Count;

    /// <summary>The code to write for a glyph, remembering the text it stands for (first use wins).</summary>
    public ushort Use(ushort glyph, string text)
    {
        if ((uint)glyph < (uint)_cidOf.Length && _cidOf[glyph] is var known and > 0 && _textByCid[known] is not null) return (ushort)known;

        if (_cidByGlyph.TryGetValue(glyph, out var cid))
        {
            if (_textByCid[cid] is null && glyph != 0) _textByCid[cid] = text;
            return cid;
        }

        cid = (ushort)_glyphByCid.Count;
        _cidByGlyph[glyph] = cid;
        if ((uint)glyph < (uint)_cidOf.Length) _cidOf[glyph] = cid;
        _glyphByCid.Add(glyph);
        _textByCid.Add(text);
        return cid;
    }

    /// <summary>
    /// <see cref="Use(ushort, string)"/> for one character, making its text only when the font records it (a glyph's
    /// first use): painting a glyph already used costs an array read.
    /// </summary>
    public ushort Use(ushort glyph, System.Text.Rune rune)
    {
        if ((uint)glyph < (uint)_cidOf.Length && _cidOf[glyph] is var known and > 0 && _textByCid[known] is not null) return (ushort)known;
        return Use(glyph, rune.ToString());
    }

    /// <summary>Width in thousandths of the em, as PDF font widths are given.</summary>
    public double WidthOf(ushort glyph) => Font.AdvanceOf(glyph) * 1000.0 / Font.UnitsPerEm;

    /// <summary>A six-letter tag derived from the font and the glyphs used, so identical input gives an identical name.</summary>
    public string SubsetTag()
    {
        var bytes = Encoding.UTF8.GetBytes(Font.PostScriptName).Concat(_glyphByCid.SelectMany(g => new[] { (byte)(g >> 8), (byte)g })).ToArray();
        var hash = SHA256.HashData(bytes);
        return new string(hash.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
    }

    public void WriteObjects(PdfFileWriter file)
    {
        var subset = FontSubsetter.Subset(Font, _glyphByCid);
        var baseFont = SubsetTag() + "+" + Font.PostScriptName.Replace(" ", "", StringComparison.Ordinal);
        var fontFile = file.WriteStream(new PdfDictionary().Set("Length1", new PdfInteger(subset.Font.Length)), subset.Font);
        var descriptor = file.Write(Descriptor(baseFont, fontFile));
        var cidFont = file.Write(new PdfDictionary("Font")
            .Set("Subtype", PdfName.Of("CIDFontType2"))
            .Set("BaseFont", PdfName.Of(baseFont))
            .Set("CIDSystemInfo", new PdfDictionary().Set("Registry", PdfString.Text("Adobe")).Set("Ordering", PdfString.Text("Identity")).Set("Supplement", 0))
            .Set("FontDescriptor", descriptor)
            .Set("DW", new PdfInteger(Scale(Font.AdvanceOf(0))))
            .Set("W", Widths(subset.OldGlyphs))
            .Set("CIDToGIDMap", PdfName.Of("Identity")));
        var toUnicode = file.WriteStream(new PdfDictionary(), Encoding.ASCII.GetBytes(ToUnicodeCMap.Build(_textByCid)));
        file.Write(Reference, new PdfDictionary("Font")
            .Set("Subtype", PdfName.Of("Type0"))
            .Set("BaseFont", PdfName.Of(baseFont))
            .Set("Encoding", PdfName.Of("Identity-H"))
            .Set("DescendantFonts", new PdfArray(cidFont))
            .Set("ToUnicode", toUnicode));
    }

    private PdfDictionary Descriptor(string baseFont, PdfReference fontFile)
    {
        var flags = 4; // symbolic: glyphs are addressed by CID, not by a standard encoding
        if (Font.IsFixedPitch) flags |= 1;
        if (Font.ItalicAngle != 0) flags |= 64;
        var box = Font.BoundingBox;
        return new PdfDictionary("FontDescriptor")
            .Set("FontName", PdfName.Of(baseFont))
            .Set("Flags", flags)
            .Set("FontBBox", new PdfArray(Scale(box.XMin), Scale(box.YMin), Scale(box.XMax), Scale(box.YMax)))
            .Set("ItalicAngle", new PdfReal(Font.ItalicAngle))
            .Set("Ascent", Scale(Font.Ascender))
            .Set("Descent", Scale(Font.Descender))
            .Set("CapHeight", Scale(Font.CapHeight))
            .Set("StemV", Font.WeightClass >= 600 ? 120 : 80)
            .Set("FontFile2", fontFile);
    }

    /// <summary>The W array as one run: <c>[0 [w0 w1 …]]</c>, CIDs being consecutive from 0.</summary>
    private PdfArray Widths(IReadOnlyList<ushort> oldGlyphs) =>
        new(0, new PdfArray(oldGlyphs.Select(g => (PdfObject)Scale(Font.AdvanceOf(g)))));

    private int Scale(int fontUnits) => (int)Math.Round(fontUnits * 1000.0 / Font.UnitsPerEm, MidpointRounding.AwayFromZero);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ResourceName}: {Font} ({UsedGlyphCount} glyphs)");
}
