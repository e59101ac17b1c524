using DocumentFormat.OpenXml;
using FilingForge.Document;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Rendering.Blocks;

/// <summary>
/// The performance graph as a native Word chart: a caption, the chart in line with the text (its part is written by
/// <see cref="Parts.ChartPartWriter"/>), then its data table, since required content never exists only as a picture.
/// </summary>
internal sealed class ChartRenderer : DocxBlockRenderer<Chart>
{
    private const int MaxWidthTwips = 8640; // 6 inches
    private const decimal HeightPoints = 234; // 3.25 inches

    protected override void Write(DocxRenderer renderer, Chart block, DocxContext context, OpenXmlElement target)
    {
        var caption = DocxParagraphs.New(DocxStyleIds.Caption);
        renderer.Inlines.AppendText(caption, block.Title, RunFormat.Plain);
        DocxParagraphs.Bookmark(caption, renderer.State, block.Id);
        renderer.Append(caption, context, target);

        var holder = DocxParagraphs.New(DocxStyleIds.Normal);
        var properties = DocxParagraphs.Properties(holder);
        properties.KeepNext = new W.KeepNext();
        properties.Justification = new W.Justification { Val = W.JustificationValues.Center };
        var relationshipId = renderer.State.AddChart(block);
        var width = Math.Min(MaxWidthTwips, context.AvailableWidthTwips);
        holder.AppendChild(new W.Run(new W.Drawing(Inline(renderer.State.NextDrawingId(), block.Title, relationshipId, width))));
        renderer.Append(holder, context, target);

        renderer.WriteBlock(block.DataTable, context, target);
    }

    private static DW.Inline Inline(uint drawingId, string title, string relationshipId, int widthTwips) =>
        new(
            new DW.Extent { Cx = DocxUnits.EmuFromTwips(widthTwips), Cy = DocxUnits.Emu(HeightPoints) },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = drawingId, Name = "Chart " + DocxUnits.Text((int)drawingId), Description = title },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relationshipId })
            {
                Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
            }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
}
