using FilingForge.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Rendering;

/// <summary>Small helpers for building paragraphs: style, alignment, bookmarks, borders.</summary>
internal static class DocxParagraphs
{
    public static W.Paragraph New(string? styleId)
    {
        var paragraph = new W.Paragraph();
        if (styleId is not null && styleId != DocxStyleIds.Normal)
            paragraph.AppendChild(new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = styleId } });
        return paragraph;
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
        InsertAtStart(paragraph, new W.BookmarkStart { Name = name, Id = bookmarkId });
        paragraph.AppendChild(new W.BookmarkEnd { Id = bookmarkId });
    }

    /// <summary>Inserts content at the start of the paragraph, after its properties.</summary>
    public static void InsertAtStart(W.Paragraph paragraph, params DocumentFormat.OpenXml.OpenXmlElement[] elements)
    {
        DocumentFormat.OpenXml.OpenXmlElement? after = paragraph.ParagraphProperties;
        foreach (var element in elements)
        {
            if (after is null) paragraph.PrependChild(element);
            else paragraph.InsertAfter(element, after);
            after = element;
        }
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
