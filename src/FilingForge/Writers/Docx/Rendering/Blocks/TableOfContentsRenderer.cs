using DocumentFormat.OpenXml;
using FilingForge.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Rendering.Blocks;

/// <summary>
/// A real TOC field inside Word's "Table of Contents" content control, its result already filled with the entries,
/// each a hyperlink to its heading's bookmark, so the contents read right before anyone updates fields. Page numbers
/// exist only once Word lays the pages out; updating the field (F9) adds them with their dot leaders.
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
            paragraph.AppendChild(link);
        }
        else
        {
            renderer.State.Report(DocxDiagnostics.LinkTargetMissing, entry.TargetId, renderer.State.DocumentName);
            renderer.Inlines.AppendText(paragraph, entry.Text, RunFormat.Plain);
        }

        return paragraph;
    }
}
