using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Review.Redline;

/// <summary>The few paragraph styles a redline needs: body, headings, notes, table captions and the summary.</summary>
internal static class RedlineStyles
{
    public const string Normal = "Normal";
    public const string Note = "Note";
    public const string Caption = "Caption";
    public const string Summary = "Summary";

    public static string Heading(int level) => $"Heading{Math.Clamp(level, 1, 6)}";

    public static W.Styles Build()
    {
        var styles = new W.Styles(
            new W.DocDefaults(
                new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                    new W.RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
                    new W.FontSize { Val = "22" })),
                new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(new W.SpacingBetweenLines { After = "120" }))),
            Paragraph(Normal, "Normal", null, isDefault: true));
        for (var level = 1; level <= 6; level++)
            styles.Append(Paragraph(Heading(level), $"heading {level}", new W.StyleRunProperties(new W.Bold(), new W.FontSize { Val = (30 - 2 * level).ToString(System.Globalization.CultureInfo.InvariantCulture) }), keepNext: true));
        styles.Append(Paragraph(Note, "Note", new W.StyleRunProperties(new W.FontSize { Val = "18" })));
        styles.Append(Paragraph(Caption, "Table Caption", new W.StyleRunProperties(new W.Bold()), keepNext: true));
        styles.Append(Paragraph(Summary, "Comparison Summary", new W.StyleRunProperties(
            new W.RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" }, new W.FontSize { Val = "18" })));
        return styles;
    }

    private static W.Style Paragraph(string id, string name, W.StyleRunProperties? run, bool isDefault = false, bool keepNext = false)
    {
        var style = new W.Style { Type = W.StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        style.Append(new W.StyleName { Val = name });
        if (id != Normal) style.Append(new W.BasedOn { Val = Normal });
        style.Append(new W.PrimaryStyle());
        if (keepNext) style.Append(new W.StyleParagraphProperties(new W.KeepNext()));
        if (run is not null) style.Append(run);
        return style;
    }
}
