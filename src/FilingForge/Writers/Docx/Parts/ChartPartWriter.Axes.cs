using FilingForge.Document;
using FilingForge.Writers.Charts;
using FilingForge.Writers.Docx.Rendering;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace FilingForge.Writers.Docx.Parts;

internal static partial class ChartPartWriter
{
    private const string AxisColor = "808080";
    private const string GridColor = "D9D9D9";

    private static C.CategoryAxis CategoryAxis(DocxLook look) => new(
        new C.AxisId { Val = CategoryAxisId },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
        new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
        new C.MajorTickMark { Val = C.TickMarkValues.Outside },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.ChartShapeProperties(Line(AxisColor, 9525)),
        new C.CrossingAxis { Val = ValueAxisId },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.AutoLabeled { Val = true },
        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
        new C.LabelOffset { Val = 100 },
        new C.NoMultiLevelLabels { Val = false });

    /// <summary>
    /// The value axis with the range and step of <see cref="ChartScale"/> written out, because Word and LibreOffice
    /// left to choose pick their own (0–120 for data that reaches 100) and the Word chart would not match the PDF.
    /// </summary>
    private static C.ValueAxis ValueAxis(Chart chart, DocxLook look)
    {
        var scale = ChartScale.For(chart);
        return new C.ValueAxis(
            new C.AxisId { Val = ValueAxisId },
            new C.Scaling(
                new C.Orientation { Val = C.OrientationValues.MinMax },
                new C.MaxAxisValue { Val = scale.Maximum },
                new C.MinAxisValue { Val = scale.Minimum }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Left },
            new C.MajorGridlines(new C.ChartShapeProperties(Line(GridColor, 6350))),
            AxisTitle(chart.ValueAxisTitle, look),
            new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.ChartShapeProperties(Line(AxisColor, 9525)),
            new C.CrossingAxis { Val = CategoryAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between },
            new C.MajorUnit { Val = scale.Step });
    }

    private static C.Title AxisTitle(string text, DocxLook look) => new(
        new C.ChartText(new C.RichText(
            new A.BodyProperties { Rotation = -5400000, Vertical = A.TextVerticalValues.Horizontal },
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = 800, Bold = false }),
                new A.Run(new A.RunProperties { Language = "en-US", FontSize = 800, Bold = false }, new A.Text(text))))),
        new C.Overlay { Val = false });

    /// <summary>The chart's type: the theme's body font, small, so labels match the document.</summary>
    private static C.TextProperties TextProperties(DocxLook look, int size)
    {
        var font = DocxLook.FontName(look.Theme.BodyFont);
        return new C.TextProperties(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(new A.DefaultRunProperties(
                    new A.SolidFill(Rgb(look.Theme.Colors.Text)),
                    new A.LatinFont { Typeface = font },
                    new A.ComplexScriptFont { Typeface = font })
                { FontSize = size }),
                new A.EndParagraphRunProperties { Language = "en-US" }));
    }

    private static A.Outline Line(string color, int width) =>
        new(new A.SolidFill(Rgb(color)), new A.Round()) { Width = width, CapType = A.LineCapValues.Round };

    private static A.RgbColorModelHex Rgb(string color) => new() { Val = color };
}
