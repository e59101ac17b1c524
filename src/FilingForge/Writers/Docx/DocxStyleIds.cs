namespace FilingForge.Writers.Docx;

/// <summary>The style ids the body refers to; <see cref="Parts.StylesBuilder"/> defines each of them from the theme.</summary>
internal static class DocxStyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string TableText = "TableText";
    public const string TableHeading = "TableHeading";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string Caption = "Caption";
    public const string Hyperlink = "Hyperlink";
    public const string ListParagraph = "ListParagraph";
    public const string FormLabel = "FormLabel";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string TableNormal = "TableNormal";
    public const string NoList = "NoList";

    public static string Heading(int level) => "Heading" + DocxUnits.Text(Math.Clamp(level, 1, 3));

    public static string Toc(int level) => "TOC" + DocxUnits.Text(Math.Clamp(level, 1, 3));
}
