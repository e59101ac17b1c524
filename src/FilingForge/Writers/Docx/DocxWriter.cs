using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Theming;
using FilingForge.Writers.Docx.Packaging;
using FilingForge.Writers.Docx.Rendering;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx;

/// <summary>
/// The Word back end: a native, editable .docx with real styles from the theme, numbering, fields, bookmarks,
/// merged table cells, check-box controls and a native chart. Identical input gives identical bytes.
/// </summary>
public sealed class DocxWriter : IDocumentWriter
{
    public string Format => "docx";

    public string Extension => ".docx";

    public void Write(FilingDocument document, Theme theme, Stream output, DiagnosticBag diagnostics)
    {
        var bytes = WriteBytes(document, theme, diagnostics);
        output.Write(bytes);
    }

    public byte[] WriteBytes(FilingDocument document, Theme theme, DiagnosticBag diagnostics)
    {
        var look = new DocxLook(CardTheme.For(document.Properties.Layout, theme));
        var state = new DocxState(document, diagnostics);
        var body = new W.Body();
        var renderer = new DocxRenderer(state, look);
        var context = DocxContext.Body(look.TextWidthTwips);
        if (document.Properties.Layout == PageLayout.Card) DocxCardSides.Write(renderer, document.Blocks, theme.Card, context, body);
        else renderer.WriteBlocks(document.Blocks, context, body);
        // Word always ends a body with a paragraph; without one it adds it on open and reports the file as changed.
        if (body.LastChild is not W.Paragraph) body.AppendChild(new W.Paragraph());
        var blocks = BlockTree.Untagged(document.Blocks);
        var hasCover = blocks.Count > 0 && blocks[0] is Section { Style: SectionStyle.NewPage };
        return DocxPackageAssembler.Assemble(document, look, state, body, hasCover, PackageTimestamp.For(document.Properties));
    }
}
