using FilingForge.Document;

namespace FilingForge.Writers.Html.Renderers;

/// <summary>
/// <c>☐ FOR ☐ AGAINST ☐ ABSTAIN</c> as one paragraph of text: ☐ (U+2610) and ☒ (U+2612), which the EDGAR
/// dialect writes as <c>&amp;#9744;</c> and <c>&amp;#9746;</c>. No table and no form control, so it nests anywhere.
/// </summary>
public sealed class CheckboxLineRenderer : HtmlBlockRenderer<CheckboxLine>
{
    public const string Unchecked = "\u2610";
    public const string Checked = "\u2612";

    // Wide, unbreakable space between a box's label and the next box; the ordinary space lets a long line wrap.
    private const string Gap = "\u00A0\u00A0\u00A0\u00A0 ";

    protected override void Write(HtmlRenderer renderer, CheckboxLine line)
    {
        renderer.Output.Open("p");
        renderer.Style(renderer.Styles.Paragraph, renderer.Styles.CheckboxLine);
        renderer.Output.EndOpen();
        for (var i = 0; i < line.Boxes.Count; i++)
        {
            if (i > 0) renderer.Output.Text(Gap);
            var box = line.Boxes[i];
            renderer.Output.Text((box.Checked ? Checked : Unchecked) + "\u00A0");
            renderer.WriteInlines(box.Label);
        }

        renderer.Output.Close("p").Line();
    }
}
