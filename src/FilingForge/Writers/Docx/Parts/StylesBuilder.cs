using DocumentFormat.OpenXml;
using FilingForge.Theming;
using FilingForge.Writers.Docx.Rendering;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Parts;

/// <summary>
/// Word styles from the theme: the built-in ones a legal word-processing department uses (Normal, Title, Heading 1–3,
/// caption, footnote text, TOC 1–3, header, footer) under their built-in names, plus Table Text, Table Heading and
/// Form Label. The body refers only to these styles, so restyling in Word restyles the whole document.
/// </summary>
internal static partial class StylesBuilder
{
    public static W.Styles Build(DocxLook look)
    {
        var theme = look.Theme;
        var spacing = theme.ParagraphSpacing;
        var styles = new W.Styles(Defaults(theme));
        styles.Append(
            Paragraph(DocxStyleIds.Normal, "Normal", basedOn: null, next: null, uiPriority: null, isDefault: true,
                Pp(justify: W.JustificationValues.Both),
                Rp(color: theme.Colors.Text)),
            Character(DocxStyleIds.DefaultParagraphFont, "Default Paragraph Font", basedOn: null, uiPriority: 1, isDefault: true, properties: null),
            TableNormal(),
            NoList(),
            Paragraph(DocxStyleIds.Title, "Title", DocxStyleIds.Normal, DocxStyleIds.Normal, 10, false,
                Pp(keepNext: true, before: 0, after: spacing * 2, justify: W.JustificationValues.Center),
                Rp(theme.HeadingFont, bold: true, color: theme.Colors.Heading, size: Math.Round(HeadingSize(theme, 1) * 1.25m * 2m) / 2m)),
            Heading(theme, 1, W.JustificationValues.Center),
            Heading(theme, 2, W.JustificationValues.Left),
            Heading(theme, 3, W.JustificationValues.Left),
            Paragraph(DocxStyleIds.TableText, "Table Text", DocxStyleIds.Normal, null, 1, false,
                Pp(before: 0, after: 0, line: theme.TableFont.Size + theme.Leading, justify: W.JustificationValues.Left),
                Rp(theme.TableFont, size: theme.TableFont.Size)),
            Paragraph(DocxStyleIds.TableHeading, "Table Heading", DocxStyleIds.TableText, null, 1, false,
                Pp(keepNext: true, justify: W.JustificationValues.Center),
                Rp(bold: true)),
            Paragraph(DocxStyleIds.FootnoteText, "footnote text", DocxStyleIds.Normal, null, 99, false,
                Pp(before: 0, after: 2, line: theme.NoteFont.Size + theme.Leading),
                Rp(theme.NoteFont, size: theme.NoteFont.Size)),
            Character(DocxStyleIds.FootnoteReference, "footnote reference", DocxStyleIds.DefaultParagraphFont, 99, false,
                new W.StyleRunProperties(new W.VerticalTextAlignment { Val = W.VerticalPositionValues.Superscript })),
            Paragraph(DocxStyleIds.Caption, "caption", DocxStyleIds.Normal, DocxStyleIds.Normal, 35, false,
                Pp(keepNext: true, before: spacing, after: spacing / 2, justify: W.JustificationValues.Center),
                Rp(bold: true)),
            Toc(look, 1), Toc(look, 2), Toc(look, 3),
            Character(DocxStyleIds.Hyperlink, "Hyperlink", DocxStyleIds.DefaultParagraphFont, 99, false,
                Rp(color: theme.Colors.Text)),
            Paragraph(DocxStyleIds.ListParagraph, "List Paragraph", DocxStyleIds.Normal, null, 34, false,
                Pp(after: spacing / 2), null),
            Paragraph(DocxStyleIds.FormLabel, "Form Label", DocxStyleIds.Normal, null, 1, false,
                Pp(before: 0, after: 0, line: theme.NoteFont.Size + theme.Leading, justify: W.JustificationValues.Left),
                Rp(theme.NoteFont, size: theme.NoteFont.Size)),
            HeaderOrFooter(look, DocxStyleIds.Header, "header"),
            HeaderOrFooter(look, DocxStyleIds.Footer, "footer"));
        return styles;
    }

    private static W.DocDefaults Defaults(Theme theme)
    {
        var font = DocxLook.FontName(theme.BodyFont);
        var size = DocxUnits.HalfPoints(theme.BodyFont.Size);
        return new W.DocDefaults(
            new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                new W.RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font },
                new W.FontSize { Val = size },
                new W.FontSizeComplexScript { Val = size },
                new W.Languages { Val = "en-US", EastAsia = "en-US", Bidi = "ar-SA" })),
            new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
                new W.SpacingBetweenLines
                {
                    After = DocxUnits.TwipsText(theme.ParagraphSpacing),
                    Line = DocxUnits.TwipsText(theme.BodyFont.Size + theme.Leading),
                    LineRule = W.LineSpacingRuleValues.AtLeast,
                })));
    }

    private static decimal HeadingSize(Theme theme, int level) =>
        theme.HeadingSizes.Count >= level ? theme.HeadingSizes[level - 1] : theme.HeadingFont.Size;

    private static W.Style Heading(Theme theme, int level, W.JustificationValues justify)
    {
        var properties = Pp(keepNext: true, keepLines: true, before: theme.ParagraphSpacing * (level == 1 ? 2 : 1.5m), after: theme.ParagraphSpacing, justify: justify);
        properties.OutlineLevel = new W.OutlineLevel { Val = level - 1 };
        return Paragraph(DocxStyleIds.Heading(level), "heading " + DocxUnits.Text(level), DocxStyleIds.Normal, DocxStyleIds.Normal, 9, false,
            properties,
            Rp(theme.HeadingFont, bold: true, color: theme.Colors.Heading, size: HeadingSize(theme, level)));
    }

    private static W.Style Toc(DocxLook look, int level)
    {
        var properties = Pp(before: 0, after: level == 1 ? 3 : 0, justify: W.JustificationValues.Left);
        properties.Tabs = new W.Tabs(new W.TabStop
        {
            Val = W.TabStopValues.Right,
            Leader = W.TabStopLeaderCharValues.Dot,
            Position = look.TextWidthTwips,
        });
        properties.Indentation = new W.Indentation { Left = DocxUnits.Text(240 * (level - 1)) };
        var style = Paragraph(DocxStyleIds.Toc(level), "toc " + DocxUnits.Text(level), DocxStyleIds.Normal, DocxStyleIds.Normal, 39, false, properties, null);
        style.AutoRedefine = new W.AutoRedefine();
        return style;
    }

    private static W.Style HeaderOrFooter(DocxLook look, string id, string name)
    {
        var properties = Pp(before: 0, after: 0, justify: W.JustificationValues.Left);
        properties.Tabs = new W.Tabs(
            new W.TabStop { Val = W.TabStopValues.Center, Position = look.TextWidthTwips / 2 },
            new W.TabStop { Val = W.TabStopValues.Right, Position = look.TextWidthTwips });
        return Paragraph(id, name, DocxStyleIds.Normal, null, 99, false, properties, Rp(look.Theme.NoteFont, size: look.Theme.NoteFont.Size));
    }
}
