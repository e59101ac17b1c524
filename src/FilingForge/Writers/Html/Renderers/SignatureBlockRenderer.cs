using FilingForge.Document;

namespace FilingForge.Writers.Html.Renderers;

/// <summary>
/// Each signature line is a ruled blank (a bottom border, pre-filled with the value when there is one) with its
/// label in small type beneath: the layout of a printed form, without a table.
/// </summary>
public sealed class SignatureBlockRenderer : HtmlBlockRenderer<SignatureBlock>
{
    protected override void Write(HtmlRenderer renderer, SignatureBlock block)
    {
        var output = renderer.Output;
        output.Open("div");
        renderer.Style(renderer.Styles.SignatureBlock);
        output.EndOpen().Line();
        foreach (var line in block.Lines)
        {
            output.Open("div");
            renderer.Style(renderer.Styles.SignatureRule);
            output.EndOpen().Text(string.IsNullOrEmpty(line.Value) ? "\u00A0" : line.Value).Close("div").Line();
            output.Open("div");
            renderer.Style(renderer.Styles.SignatureLabel);
            output.EndOpen().Text(line.Label).Close("div").Line();
        }

        output.Close("div").Line();
    }
}
