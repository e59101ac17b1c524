using DocumentFormat.OpenXml;
using FilingForge.Theming;
using FilingForge.Writers.Docx.Rendering;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Parts;

internal static partial class StylesBuilder
{
    private static W.Style Paragraph(string id, string name, string? basedOn, string? next, int? uiPriority, bool isDefault,
        W.StyleParagraphProperties? paragraph, W.StyleRunProperties? run)
    {
        var style = NewStyle(W.StyleValues.Paragraph, id, name, basedOn, uiPriority, isDefault);
        if (next is not null) style.NextParagraphStyle = new W.NextParagraphStyle { Val = next };
        style.PrimaryStyle = new W.PrimaryStyle();
        if (paragraph is not null) style.StyleParagraphProperties = paragraph;
        if (run is not null) style.StyleRunProperties = run;
        return style;
    }

    private static W.Style Character(string id, string name, string? basedOn, int uiPriority, bool isDefault, W.StyleRunProperties? properties)
    {
        var style = NewStyle(W.StyleValues.Character, id, name, basedOn, uiPriority, isDefault);
        if (!isDefault) style.UnhideWhenUsed = new W.UnhideWhenUsed();
        else
        {
            style.SemiHidden = new W.SemiHidden();
            style.UnhideWhenUsed = new W.UnhideWhenUsed();
        }

        if (properties is not null) style.StyleRunProperties = properties;
        return style;
    }

    private static W.Style NewStyle(W.StyleValues type, string id, string name, string? basedOn, int? uiPriority, bool isDefault)
    {
        var style = new W.Style { Type = type, StyleId = id };
        if (isDefault) style.Default = OnOffValue.FromBoolean(true);
        style.StyleName = new W.StyleName { Val = name };
        if (basedOn is not null) style.BasedOn = new W.BasedOn { Val = basedOn };
        if (uiPriority is not null) style.UIPriority = new W.UIPriority { Val = uiPriority };
        return style;
    }

    private static W.Style TableNormal()
    {
        var style = NewStyle(W.StyleValues.Table, DocxStyleIds.TableNormal, "Normal Table", null, 99, true);
        style.SemiHidden = new W.SemiHidden();
        style.UnhideWhenUsed = new W.UnhideWhenUsed();
        style.StyleTableProperties = new W.StyleTableProperties(
            new W.TableIndentation { Width = 0, Type = W.TableWidthUnitValues.Dxa },
            new W.TableCellMarginDefault(
                new W.TopMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellLeftMargin { Width = 108, Type = W.TableWidthValues.Dxa },
                new W.BottomMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellRightMargin { Width = 108, Type = W.TableWidthValues.Dxa }));
        return style;
    }

    private static W.Style NoList()
    {
        var style = NewStyle(W.StyleValues.Numbering, DocxStyleIds.NoList, "No List", null, 99, true);
        style.SemiHidden = new W.SemiHidden();
        style.UnhideWhenUsed = new W.UnhideWhenUsed();
        return style;
    }

    /// <summary>Paragraph properties of a style; lengths in points, only what is given is written.</summary>
    private static W.StyleParagraphProperties Pp(bool keepNext = false, bool keepLines = false, decimal? before = null, decimal? after = null,
        decimal? line = null, W.JustificationValues? justify = null)
    {
        var properties = new W.StyleParagraphProperties();
        if (keepNext) properties.KeepNext = new W.KeepNext();
        if (keepLines) properties.KeepLines = new W.KeepLines();
        if (before is not null || after is not null || line is not null)
        {
            var spacing = new W.SpacingBetweenLines();
            if (before is { } b) spacing.Before = DocxUnits.TwipsText(b);
            if (after is { } a) spacing.After = DocxUnits.TwipsText(a);
            if (line is { } l)
            {
                spacing.Line = DocxUnits.TwipsText(l);
                spacing.LineRule = W.LineSpacingRuleValues.AtLeast;
            }

            properties.SpacingBetweenLines = spacing;
        }

        if (justify is { } j) properties.Justification = new W.Justification { Val = j };
        return properties;
    }

    /// <summary>Run properties of a style, in the order the schema wants them.</summary>
    private static W.StyleRunProperties Rp(FontSpec? font = null, bool bold = false, bool italic = false, string? color = null, decimal? size = null)
    {
        var properties = new W.StyleRunProperties();
        if (font is not null)
        {
            var name = DocxLook.FontName(font);
            properties.AppendChild(new W.RunFonts { Ascii = name, HighAnsi = name, ComplexScript = name });
        }

        if (bold) properties.Append(new W.Bold(), new W.BoldComplexScript());
        if (italic) properties.Append(new W.Italic(), new W.ItalicComplexScript());
        if (color is not null) properties.AppendChild(new W.Color { Val = color });
        if (size is { } s) properties.Append(new W.FontSize { Val = DocxUnits.HalfPoints(s) }, new W.FontSizeComplexScript { Val = DocxUnits.HalfPoints(s) });
        return properties;
    }
}
