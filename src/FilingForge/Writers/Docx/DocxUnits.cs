namespace FilingForge.Writers.Docx;

/// <summary>Word's units, from the theme's points: twentieths (twips), half-points, eighths of a point, EMUs.</summary>
internal static class DocxUnits
{
    public static int Twips(decimal points) => (int)Math.Round(points * 20m, MidpointRounding.AwayFromZero);

    public static string TwipsText(decimal points) => Text(Twips(points));

    public static string HalfPoints(decimal points) => Text((int)Math.Round(points * 2m, MidpointRounding.AwayFromZero));

    /// <summary>Border widths are in eighths of a point, between 2 and 96.</summary>
    public static uint BorderEighths(decimal points) => (uint)Math.Clamp((int)Math.Round(points * 8m, MidpointRounding.AwayFromZero), 2, 96);

    public static long Emu(decimal points) => (long)Math.Round(points * 12700m, MidpointRounding.AwayFromZero);

    public static long EmuFromTwips(int twips) => twips * 635L;

    public static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
