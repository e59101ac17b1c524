using DocumentFormat.OpenXml;
using FilingForge.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Rendering.Blocks;

/// <summary>
/// A real TOC field inside Word's "Table of Contents" content control, its result already filled with the entries
/// as Word writes them, so the contents read right before anyone updates fields: each a hyperlink to its heading's
/// bookmark with a dot-leader tab to the right margin and a PAGEREF field whose cached result is the page FilingForge's
/// own pagination (the PDF's, <see cref="Pagination"/>) gives the heading. Updating the field (F9) still works; without
/// a pagination (a writer called outside the compiler) the entries carry no page numbers.
/// </summary>
internal sealed class TableOfContentsRenderer : DocxBlockRenderer<TableOfContents>
{
    protected override void Write(DocxRenderer renderer, TableOfContents block, DocxContext context, OpenXmlElement target)
    {
        var content = new W.SdtContentBlock();
        var paragraphs = block.Entries.Count == 0
            ? [DocxParagraphs.New(DocxStyleIds.Toc(1))]
            : block.Entries.Select(entry => Entry(renderer, entry)).ToArray();

        DocxParagraphs.InsertAtStart(paragraphs[0],
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
            new W.Run(new W.FieldCode(FieldInstruction(block.MaxLevel)) { Space = SpaceProcessingModeValues.Preserve }),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }));
        paragraphs[^1].AppendChild(new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End }));
        foreach (var paragraph in paragraphs) content.AppendChild(paragraph);

        var control = new W.SdtBlock(
            new W.SdtProperties(new W.SdtContentDocPartObject(
                new W.DocPartGallery { Val = "Table of Contents" },
                new W.DocPartUnique())),
            content);
        renderer.Append(control, context, target);
    }

    /// <summary>Outline levels 1 to N, hyperlinked entries, no page numbers in web view, outline levels of any style.</summary>
    private static string FieldInstruction(int maxLevel) =>
        " TOC \\o \"1-" + DocxUnits.Text(Math.Clamp(maxLevel, 1, 3)) + "\" \\h \\z \\u ";

    private static W.Paragraph Entry(DocxRenderer renderer, TocEntry entry)
    {
        var paragraph = DocxParagraphs.New(DocxStyleIds.Toc(entry.Level));
        if (renderer.State.Bookmarks.TryGetName(entry.TargetId, out var bookmark))
        {
            var link = new W.Hyperlink { Anchor = bookmark, History = OnOffValue.FromBoolean(true) };
            renderer.Inlines.AppendText(link, entry.Text, RunFormat.Plain);
            if (renderer.State.Pagination?.PageOf(entry.TargetId) is { } page)
            {
                RightTab(paragraph, renderer.Look.TextWidthTwips);
                AppendPageNumber(link, bookmark, page);
            }

            paragraph.AppendChild(link);
        }
        else
        {
            renderer.State.Report(DocxDiagnostics.LinkTargetMissing, entry.TargetId, renderer.State.DocumentName);
            renderer.Inlines.AppendText(paragraph, entry.Text, RunFormat.Plain);
        }

        return paragraph;
    }

    /// <summary>The right-aligned, dot-leader tab at the margin, on the paragraph as Word writes its TOC results.</summary>
    private static void RightTab(W.Paragraph paragraph, int textWidthTwips)
    {
        var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new W.ParagraphProperties());
        var tabs = new W.Tabs(new W.TabStop { Val = W.TabStopValues.Right, Leader = W.TabStopLeaderCharValues.Dot, Position = textWidthTwips });
        properties.Tabs = tabs;
    }

    /// <summary>The tab and <c>PAGEREF bookmark \h</c> with its cached page, hidden in web view like Word's own.</summary>
    private static void AppendPageNumber(W.Hyperlink link, string bookmark, int page)
    {
        link.Append(
            WebHidden(new W.TabChar()),
            WebHidden(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
            WebHidden(new W.FieldCode(" PAGEREF " + bookmark + " \\h ") { Space = SpaceProcessingModeValues.Preserve }),
            WebHidden(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
            WebHidden(new W.Text(DocxUnits.Text(page))),
            WebHidden(new W.FieldChar { FieldCharType = W.FieldCharValues.End }));
    }

    private static W.Run WebHidden(OpenXmlElement content) =>
        new(new W.RunProperties(new W.NoProof(), new W.WebHidden()), content);
}
