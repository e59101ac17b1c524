using FilingForge.Theming;

namespace FilingForge.Tests.Support;

/// <summary>The values of templates/shared/theme.yaml, built in C# so writer tests do not depend on the loader.</summary>
public static class TestTheme
{
    public static Theme Create(string bodyFamily = "Times New Roman", decimal bodySize = 10.5m, decimal tableSize = 8.5m, decimal leading = 2.5m, string footer = "{page}") => new()
    {
        Page = new PageSetup { Width = 612, Height = 792, MarginTop = 72, MarginBottom = 72, MarginLeft = 72, MarginRight = 72 },
        BodyFont = Font(bodySize, bodyFamily),
        HeadingFont = Font(10.5m),
        TableFont = Font(tableSize),
        NoteFont = Font(8.5m),
        HeadingSizes = [13m, 11.5m, 10.5m],
        Leading = leading,
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
        FooterPattern = footer,
    };

    private static FontSpec Font(decimal size, string family = "Times New Roman") =>
        new() { Families = [family, "Liberation Serif", "DejaVu Serif"], Size = size };
}
