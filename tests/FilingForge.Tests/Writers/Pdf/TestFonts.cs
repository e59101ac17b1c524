using FilingForge.Writers.Pdf.Fonts;

namespace FilingForge.Tests.Writers.Pdf;

/// <summary>The pinned fonts tests rely on (Debian's fonts-liberation and fonts-dejavu-core).</summary>
internal static class TestFonts
{
    public const string Install = "apt-get install fonts-liberation fonts-dejavu-core";

    public static FontLocator Locator { get; } = FontLocator.ForTheme([]);

    public static TrueTypeFont Require(string family, FontStyle style = FontStyle.Regular)
    {
        var file = Locator.Find(family, style);
        if (file is null) Assert.Fail($"Font {family} {style} is not installed: {Install}");
        return FontResolver.Load(file!.Path);
    }
}
