using FilingForge.Theming;

namespace FilingForge.Tests.Writers.Pdf;

/// <summary>The values of templates/shared/theme.yaml, built in C# so the PDF tests do not depend on the theme loader.</summary>
internal static class PdfTestTheme
{
    private static List<string> Serif => ["Times New Roman", "Liberation Serif", "DejaVu Serif"];

    public static Theme Create(decimal bodySize = 10.5m, decimal tableSize = 8.5m, decimal leading = 2.5m, string footer = "{page}") => new()
    {
        Page = new PageSetup { Width = 612, Height = 792, MarginTop = 72, MarginBottom = 72, MarginLeft = 72, MarginRight = 72 },
        BodyFont = new FontSpec { Families = Serif, Size = bodySize },
        HeadingFont = new FontSpec { Families = Serif, Size = 10.5m },
        TableFont = new FontSpec { Families = Serif, Size = tableSize },
        NoteFont = new FontSpec { Families = Serif, Size = 8.5m },
        HeadingSizes = [13, 11.5m, 10.5m],
        Leading = leading,
        ParagraphSpacing = 6,
        Colors = new Colors
        {
            Text = "000000",
            Heading = "000000",
            Rule = "000000",
            TableHeaderBackground = "FFFFFF",
            ChartSeries = ["1F3A93", "C0392B", "27AE60", "7F8C8D"],
        },
        TableRuleWidth = 0.75m,
        FooterPattern = footer,
    };
}
