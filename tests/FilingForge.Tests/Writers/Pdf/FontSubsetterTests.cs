using FilingForge.Tests.Support;
using FilingForge.Writers.Pdf.Fonts;

namespace FilingForge.Tests.Writers.Pdf;

public sealed class FontSubsetterTests
{
    [Fact]
    public void The_reader_maps_non_ascii_characters_and_reads_metrics()
    {
        var font = BundledFonts.Text(FontStyle.Regular);
        Assert.Equal("Liberation Serif", font.FamilyName);
        Assert.Equal(2048, font.UnitsPerEm);
        foreach (var c in "Jean-René Hydro-Québec \u2019\u201c\u201d\u2014")
            Assert.True(font.HasGlyph(c), $"no glyph for U+{(int)c:X4}");
        Assert.True(font.AdvanceOf(font.GlyphOf('M')) > font.AdvanceOf(font.GlyphOf('i')));
    }

    [Fact]
    public void The_symbol_font_has_the_ballot_boxes()
    {
        var font = BundledFonts.Symbols;
        Assert.True(font.HasGlyph(0x2610));
        Assert.True(font.HasGlyph(0x2612));
    }

    [Fact]
    public void A_subset_re_parses_with_the_used_glyphs_renumbered_in_order()
    {
        var font = BundledFonts.Text(FontStyle.Regular);
        var glyphs = new ushort[] { 0, font.GlyphOf('H'), font.GlyphOf('y'), font.GlyphOf('é') };
        var subset = FontSubsetter.Subset(font, glyphs);

        var reparsed = TrueTypeFont.Parse(subset.Font);
        Assert.Equal(subset.OldGlyphs.Count, reparsed.GlyphCount);
        Assert.True(subset.Font.Length < font.Data.Length / 5);
        for (var i = 0; i < glyphs.Length; i++)
        {
            Assert.Equal(glyphs[i], subset.OldGlyphs[i]);
            Assert.Equal(font.AdvanceOf(glyphs[i]), reparsed.AdvanceOf((ushort)i));
            Assert.Equal(font.GlyphData(glyphs[i]).Length, reparsed.GlyphData((ushort)i).Length);
        }
    }

    [Fact]
    public void Composite_glyphs_keep_their_components_renumbered_into_the_subset()
    {
        var font = BundledFonts.Symbols;
        var composite = font.CharacterMap.Values.Order().First(g => CompositeGlyphProbe.IsComposite(font, g));
        var subset = FontSubsetter.Subset(font, [0, composite]);
        var reparsed = TrueTypeFont.Parse(subset.Font);

        Assert.True(subset.OldGlyphs.Count > 2, "components were appended");
        var components = CompositeGlyphProbe.Components(reparsed, 1);
        Assert.NotEmpty(components);
        Assert.All(components, c => Assert.InRange(c, 2, reparsed.GlyphCount - 1));
        Assert.All(components, c => Assert.True(reparsed.GlyphData(c).Length > 0));
    }

    [Fact]
    public void The_bundled_serif_has_the_four_styles_in_version_2()
    {
        foreach (var style in Enum.GetValues<FontStyle>())
        {
            var font = BundledFonts.Text(style);
            Assert.Equal("Liberation Serif", font.FamilyName);
            Assert.Equal(style, FontLocator.StyleOf(font.SubfamilyName));
            Assert.True(font.HasGlyph(0x20BF), "Liberation 2.x has the bitcoin sign; 1.07 does not");
        }
    }

    [Fact]
    public void The_locator_reads_the_four_styles_and_ignores_other_widths()
    {
        Assert.Null(FontLocator.StyleOf("Condensed Bold"));
        Assert.Equal(FontStyle.BoldItalic, FontLocator.StyleOf("Bold Oblique"));
    }

    private static class CompositeGlyphProbe
    {
        public static bool IsComposite(TrueTypeFont font, ushort glyph) => font.GlyphData(glyph).Length >= 10 && (sbyte)font.GlyphData(glyph)[0] < 0;

        public static IReadOnlyList<ushort> Components(TrueTypeFont font, ushort glyph)
        {
            var data = font.GlyphData(glyph).ToArray();
            var list = new List<ushort>();
            var at = 10;
            while (true)
            {
                var flags = (data[at] << 8) | data[at + 1];
                list.Add((ushort)((data[at + 2] << 8) | data[at + 3]));
                at += 4 + ((flags & 1) != 0 ? 4 : 2) + ((flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
                if ((flags & 0x20) == 0) return list;
            }
        }
    }
}
