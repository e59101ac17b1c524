using FilingForge.Document;

namespace FilingForge.Writers.Html.Renderers;

/// <summary>The card's fold-and-detach line: a dashed rule with its legend centred beneath.</summary>
public sealed class DetachLineRenderer : HtmlBlockRenderer<DetachLine>
{
    protected override void Write(HtmlRenderer renderer, DetachLine line)
    {
        renderer.Output.Open("div");
        renderer.Style(renderer.Styles.DetachLine);
        renderer.Output.EndOpen().Text(line.Label).Close("div").Line();
    }
}
