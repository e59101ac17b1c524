namespace FilingForge.Writers.Pdf.Fonts;

/// <summary>Walks the component records of a composite glyph (glyf, numberOfContours &lt; 0).</summary>
internal static class CompositeGlyph
{
    private const ushort ArgsAreWords = 0x0001;
    private const ushort HasScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HasXYScale = 0x0040;
    private const ushort HasTwoByTwo = 0x0080;

    public static bool IsComposite(ReadOnlySpan<byte> glyph) => glyph.Length >= 10 && (short)((glyph[0] << 8) | glyph[1]) < 0;

    /// <summary>The byte offsets (within the glyph) of each component's glyph index.</summary>
    public static IEnumerable<int> ComponentIndexOffsets(byte[] glyph)
    {
        if (!IsComposite(glyph)) yield break;
        var at = 10;
        while (at + 4 <= glyph.Length)
        {
            var flags = (ushort)((glyph[at] << 8) | glyph[at + 1]);
            yield return at + 2;
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            if ((flags & HasScale) != 0) at += 2;
            else if ((flags & HasXYScale) != 0) at += 4;
            else if ((flags & HasTwoByTwo) != 0) at += 8;
            if ((flags & MoreComponents) == 0) yield break;
        }
    }

    public static IEnumerable<ushort> Components(byte[] glyph) =>
        ComponentIndexOffsets(glyph).Select(o => (ushort)((glyph[o] << 8) | glyph[o + 1]));
}
