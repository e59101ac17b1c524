using DocumentFormat.OpenXml;
using FilingForge.Review.Diff;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Review.Redline;

/// <summary>
/// A compared text block as a Word paragraph: kept, inserted and deleted runs; a paragraph inserted or deleted as a
/// whole also has its paragraph mark tracked, so accepting or rejecting it leaves no empty paragraph behind.
/// </summary>
internal static class RedlineParagraphBuilder
{
    public static W.Paragraph Build(BlockChange change, RevisionMarks marks)
    {
        var block = change.Block;
        var whole = change.Kind switch
        {
            ChangeKind.Inserted or ChangeKind.MovedTo => SegmentKind.Inserted,
            ChangeKind.Deleted or ChangeKind.MovedFrom => SegmentKind.Deleted,
            _ => SegmentKind.Same,
        };
        var paragraph = new W.Paragraph(Properties(block, whole, marks));
        var segments = change.Kind is ChangeKind.MovedTo or ChangeKind.MovedFrom
            ? [new TextSegment(whole, block.Tokens)]
            : change.Segments;
        if (block.Prefix.Length > 0) segments = [new TextSegment(whole, InlineTokenizer.Tokenize(block.Prefix + "\t")), .. segments];
        if (block.Kind == FlatKind.PageBreak)
        {
            paragraph.Append(whole == SegmentKind.Same
                ? new W.Run(new W.Break { Type = W.BreakValues.Page })
                : marks.Runs([new TextSegment(whole, InlineTokenizer.Tokenize("[page break]"))]).Single());
            return paragraph;
        }

        paragraph.Append(marks.Runs(segments));
        return paragraph;
    }

    private static W.ParagraphProperties Properties(FlatBlock block, SegmentKind whole, RevisionMarks marks)
    {
        var style = block.Kind switch
        {
            FlatKind.Heading => RedlineStyles.Heading(block.Level),
            _ when block.Role != Document.ParagraphRole.Body => RedlineStyles.Note,
            _ => RedlineStyles.Normal,
        };
        var properties = new W.ParagraphProperties(new W.ParagraphStyleId { Val = style });
        var indent = block.Kind switch
        {
            FlatKind.ListItem => 360 * block.Level,
            FlatKind.TocEntry => 360 * (block.Level - 1),
            _ => 0,
        };
        if (indent > 0) properties.Append(new W.Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        OpenXmlElement? mark = whole switch
        {
            SegmentKind.Inserted => marks.ParagraphInserted(),
            SegmentKind.Deleted => marks.ParagraphDeleted(),
            _ => null,
        };
        if (mark is not null) properties.Append(new W.ParagraphMarkRunProperties(mark));
        return properties;
    }
}
