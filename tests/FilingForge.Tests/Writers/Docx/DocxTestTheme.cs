using FilingForge.Theming;

namespace FilingForge.Tests.Writers.Docx;

/// <summary>The values of templates/shared/theme.yaml, built in C# so writer tests do not depend on the loader.</summary>
public static class DocxTestTheme
{
    public static Theme Default(string bodyFont = "Times New Roman") => new()
    {
        Page = new PageSetup { Width = 612, Height = 792, MarginTop = 72, MarginBottom = 72, MarginLeft = 72, MarginRight = 72 },
        BodyFont = Font(10.5m, bodyFont),
        HeadingFont = Font(10.5m),
        TableFont = Font(8.5m),
        NoteFont = Font(8.5m),
        HeadingSizes = [13m, 11.5m, 10.5m],
        Leading = 2.5m,
        ParagraphSpacing = 6m,
        Colors = new Colors
        {
            Text = "000000",
            Heading = "000000",
            Rule = "000000",
            TableHeaderBackground = "FFFFFF",
            ChartSeries = ["1F3A93", "C0392B", "27AE60", "7F8C8D"],
        },
        TableRuleWidth = 0.75m,
        FooterPattern = "{page}",
    };

    private static FontSpec Font(decimal size, string family = "Times New Roman") =>
        new() { Families = [family, "Liberation Serif", "DejaVu Serif"], Size = size };
}
