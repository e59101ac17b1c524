using DocumentFormat.OpenXml;
using FilingForge.Review.Diff;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Review.Redline;

/// <summary>The comparison summary at the top of the Word redline, as plain untracked paragraphs ending in a page break.</summary>
internal static class RedlineSummaryParagraphs
{
    public static void Append(W.Body body, DocumentChanges changes, string oldLabel, string newLabel)
    {
        var s = changes.Summary;
        body.Append(Paragraph(RedlineStyles.Heading(1), $"Redline: {changes.New.Properties.Title}"));
        body.Append(Paragraph(RedlineStyles.Summary, $"Compared {oldLabel} with {newLabel}. Insertions and deletions are tracked changes by {TrackedChangesDocxWriter.Author}; accept or reject each in Review."));
        if (s.Total == 0) body.Append(Paragraph(RedlineStyles.Summary, "No changes."));
        foreach (var section in s.Sections)
            body.Append(Paragraph(RedlineStyles.Summary, $"{section.Section}: {section.Inserted} inserted, {section.Deleted} deleted, {section.Modified} changed, {section.Moved} moved"));
        if (s.ChangedFigures.Count > 0) body.Append(Paragraph(RedlineStyles.Heading(2), "Changed figures"));
        foreach (var figure in s.ChangedFigures) body.Append(Paragraph(RedlineStyles.Summary, figure));
        body.Append(new W.Paragraph(new W.Run(new W.Break { Type = W.BreakValues.Page })));
    }

    private static W.Paragraph Paragraph(string style, string text) =>
        new(new W.ParagraphProperties(new W.ParagraphStyleId { Val = style }),
            new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
