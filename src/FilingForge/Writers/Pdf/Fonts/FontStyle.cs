namespace FilingForge.Writers.Pdf.Fonts;

public enum FontStyle
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}
