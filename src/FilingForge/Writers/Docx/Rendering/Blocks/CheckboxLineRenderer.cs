using DocumentFormat.OpenXml;
using FilingForge.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;
using W14 = DocumentFormat.OpenXml.Office2010.Word;

namespace FilingForge.Writers.Docx.Rendering.Blocks;

/// <summary>
/// A line of check boxes as Word check-box content controls (click to tick in Word 2010 and later), each showing
/// ☐ or ☒ in the font Word itself uses for them, followed by its label; boxes are a tab stop apart.
/// </summary>
internal sealed class CheckboxLineRenderer : DocxBlockRenderer<CheckboxLine>
{
    public const string GlyphFont = "MS Gothic";
    private const string UncheckedGlyph = "\u2610";
    private const string CheckedGlyph = "\u2612";

    protected override void Write(DocxRenderer renderer, CheckboxLine block, DocxContext context, OpenXmlElement target)
    {
        var paragraph = DocxParagraphs.New(DocxStyleIds.Normal);
        DocxParagraphs.Properties(paragraph).KeepLines = new W.KeepLines();
        DocxParagraphs.Align(paragraph, TextAlignment.Left, TextAlignment.Justify);
        for (var i = 0; i < block.Boxes.Count; i++)
        {
            var box = block.Boxes[i];
            if (i > 0) paragraph.AppendChild(new W.Run(new W.TabChar()));
            paragraph.AppendChild(CheckBox(box.Checked));
            paragraph.AppendChild(new W.Run(InlineWriter.NewText(" ")));
            renderer.Inlines.Write(paragraph, box.Label);
        }

        renderer.Append(paragraph, context, target);
    }

    private static W.SdtRun CheckBox(bool isChecked)
    {
        var properties = new W.SdtProperties(
            new W.RunProperties(new W.RunFonts { Ascii = GlyphFont, HighAnsi = GlyphFont, EastAsia = GlyphFont }),
            new W14.SdtContentCheckBox(
                new W14.Checked { Val = isChecked ? W14.OnOffValues.One : W14.OnOffValues.Zero },
                new W14.CheckedState { Font = GlyphFont, Val = "2612" },
                new W14.UncheckedState { Font = GlyphFont, Val = "2610" }));
        var glyph = new W.Run(
            new W.RunProperties(new W.RunFonts { Ascii = GlyphFont, HighAnsi = GlyphFont, EastAsia = GlyphFont, Hint = W.FontTypeHintValues.EastAsia }),
            new W.Text(isChecked ? CheckedGlyph : UncheckedGlyph));
        return new W.SdtRun(properties, new W.SdtContentRun(glyph));
    }
}
