using FilingForge.Document;
using FilingForge.Writers.Html.Styles;

namespace FilingForge.Writers.Html.Renderers;

/// <summary><c>&lt;p&gt;</c>, justified by default; notes in the smaller note type, captions bold and centred.</summary>
public sealed class ParagraphRenderer : HtmlBlockRenderer<Paragraph>
{
    protected override void Write(HtmlRenderer renderer, Paragraph paragraph)
    {
        renderer.Output.Open("p");
        renderer.Style(StylesOf(renderer.Styles, paragraph));
        renderer.Output.EndOpen();
        renderer.WriteInlines(paragraph.Inlines);
        renderer.Output.Close("p").Line();
    }

    private static HtmlStyle[] StylesOf(ThemeStyles styles, Paragraph paragraph)
    {
        var list = new List<HtmlStyle> { styles.Paragraph };
        if (paragraph.Role == ParagraphRole.Note) list.Add(styles.Note);
        if (paragraph.Role == ParagraphRole.Caption) list.Add(styles.Caption);
        // The paragraph's own alignment wins over the role's (a centred note is centred).
        if (paragraph.Alignment != TextAlignment.Justify || paragraph.Role == ParagraphRole.Caption)
            list.Add(styles.Alignment(paragraph.Alignment));
        return [.. list];
    }
}
