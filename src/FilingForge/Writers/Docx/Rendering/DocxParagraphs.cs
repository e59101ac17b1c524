using FilingForge.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Rendering;

/// <summary>Small helpers for building paragraphs: style, alignment, bookmarks, borders.</summary>
internal static class DocxParagraphs
{
    public static W.Paragraph New(string? styleId)
    {
        var properties = new W.ParagraphProperties();
        if (styleId is not null && styleId != DocxStyleIds.Normal) properties.ParagraphStyleId = new W.ParagraphStyleId { Val = styleId };
        return new W.Paragraph(properties);
    }

    public static W.ParagraphProperties Properties(W.Paragraph paragraph) =>
        paragraph.ParagraphProperties ?? paragraph.PrependChild(new W.ParagraphProperties());

    /// <summary>Sets the alignment only where it differs from the style's, as a person formatting by hand would.</summary>
    public static void Align(W.Paragraph paragraph, TextAlignment alignment, TextAlignment styleDefault)
    {
        if (alignment != styleDefault) Properties(paragraph).Justification = new W.Justification { Val = Justification(alignment) };
    }

    public static W.JustificationValues Justification(TextAlignment alignment) => alignment switch
    {
        TextAlignment.Center => W.JustificationValues.Center,
        TextAlignment.Right => W.JustificationValues.Right,
        TextAlignment.Justify => W.JustificationValues.Both,
        _ => W.JustificationValues.Left,
    };

    public static void KeepWithNext(W.Paragraph paragraph) => Properties(paragraph).KeepNext = new W.KeepNext();

    /// <summary>Wraps the paragraph's content in a bookmark, so links and the table of contents can point at it.</summary>
    public static void Bookmark(W.Paragraph paragraph, DocxState state, string id)
    {
        if (!state.Bookmarks.TryClaim(id, out var name)) return;
        var bookmarkId = state.NextBookmarkId();
        paragraph.InsertAfter(new W.BookmarkStart { Name = name, Id = bookmarkId }, paragraph.ParagraphProperties);
        paragraph.AppendChild(new W.BookmarkEnd { Id = bookmarkId });
    }

    /// <summary>A hairline paragraph holding a page break, for a break that must come before a table.</summary>
    public static W.Paragraph PageBreakCarrier()
    {
        var paragraph = new W.Paragraph(new W.ParagraphProperties
        {
            SpacingBetweenLines = new W.SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = W.LineSpacingRuleValues.Exact },
        });
        paragraph.AppendChild(new W.Run(
            new W.RunProperties { FontSize = new W.FontSize { Val = "2" } },
            new W.Break { Type = W.BreakValues.Page }));
        return paragraph;
    }

    public static TBorder Rule<TBorder>(W.BorderValues style, uint size, string color) where TBorder : W.BorderType, new() =>
        new TBorder { Val = style, Size = size, Space = 1U, Color = color };
}
