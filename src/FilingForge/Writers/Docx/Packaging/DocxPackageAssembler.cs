using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using FilingForge.Document;
using FilingForge.Writers.Docx.Parts;
using FilingForge.Writers.Docx.Rendering;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Packaging;

/// <summary>
/// Puts the written body and the parts derived from the theme and the writer's state into a package. Every part and
/// relationship gets a fixed id, so the package is the same on every run; <see cref="DeterministicZip"/> fixes the rest.
/// </summary>
internal static class DocxPackageAssembler
{
    private static readonly string[] LeadingEntries =
    [
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
        "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/numbering.xml",
    ];

    public static byte[] Assemble(FilingDocument document, DocxLook look, DocxState state, W.Body body, bool hasCover, DateTimeOffset timestamp)
    {
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            package.ChangeIdOfPart(main, "rIdDocument");
            PropertiesWriter.WriteCore(package.AddNewPart<CoreFilePropertiesPart>("rIdCore"), document.Properties, timestamp);
            package.AddNewPart<ExtendedFilePropertiesPart>("rIdApp").Properties = PropertiesWriter.Extended(document.Properties);

            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = StylesBuilder.Build(look);
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = SettingsBuilder.Build();
            main.AddNewPart<FontTablePart>("rIdFontTable").Fonts = FontTableBuilder.Build(look);
            if (state.Numbering.Instances.Count > 0)
                main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = NumberingBuilder.Build(state.Numbering);
            foreach (var chart in state.Charts) AddChart(main, chart, look, state, timestamp);
            foreach (var link in state.WebLinks) main.AddHyperlinkRelationship(new Uri(link.Url, UriKind.Absolute), true, link.RelationshipId);

            body.AppendChild(SectionProperties(main, look, hasCover, document.Properties.DraftStamp));
            main.Document = NewDocument(body);
        }

        return DeterministicZip.Repack(buffer.ToArray(), timestamp, LeadingEntries);
    }

    private static void AddChart(MainDocumentPart main, ChartReference chart, DocxLook look, DocxState state, DateTimeOffset timestamp)
    {
        var part = main.AddNewPart<ChartPart>(chart.RelationshipId);
        var workbook = part.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        part.ChangeIdOfPart(workbook, "rId1");
        using (var stream = new MemoryStream(ChartWorkbookWriter.Write(chart.Chart, timestamp), writable: false))
            workbook.FeedData(stream);
        part.ChartSpace = ChartPartWriter.Build(chart.Chart, look, state, "rId1");
    }

    /// <summary>
    /// One section: the theme's page, a footer with the page number, none on a cover page. No page header on a final
    /// build: a preliminary copy's legend is part of the document's text (the templates write it), not the writer's to add.
    /// A draft's stamp is the header of every page, the cover's included. A card's look is the card's theme (<c>CardTheme</c>):
    /// its sheet, and no page numbers.
    /// </summary>
    private static W.SectionProperties SectionProperties(MainDocumentPart main, DocxLook look, bool hasCover, string? draftStamp)
    {
        var section = new W.SectionProperties();
        if (draftStamp is not null) AddDraftHeaders(main, section, hasCover, draftStamp);
        main.AddNewPart<FooterPart>("rIdFooter").Footer = HeaderFooterBuilder.PageFooter(look.Theme.FooterPattern);
        section.AppendChild(new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = "rIdFooter" });
        if (hasCover)
        {
            main.AddNewPart<FooterPart>("rIdFooterFirst").Footer = HeaderFooterBuilder.EmptyFooter();
            section.AppendChild(new W.FooterReference { Type = W.HeaderFooterValues.First, Id = "rIdFooterFirst" });
        }

        var page = look.Theme.Page;
        section.Append(
            new W.PageSize { Width = (uint)DocxUnits.Twips(page.Width), Height = (uint)DocxUnits.Twips(page.Height) },
            new W.PageMargin
            {
                Top = DocxUnits.Twips(page.MarginTop),
                Right = (uint)DocxUnits.Twips(page.MarginRight),
                Bottom = DocxUnits.Twips(page.MarginBottom),
                Left = (uint)DocxUnits.Twips(page.MarginLeft),
                Header = (uint)DocxUnits.Twips(page.MarginTop / 2),
                Footer = (uint)DocxUnits.Twips(page.MarginBottom / 2),
                Gutter = 0U,
            },
            new W.Columns { Space = "720" });
        if (hasCover) section.AppendChild(new W.TitlePage());
        section.AppendChild(new W.DocGrid { LinePitch = 360 });
        return section;
    }

    /// <summary>The stamp as the default header and, when the first page has its own (the cover), as the first page's too.</summary>
    private static void AddDraftHeaders(MainDocumentPart main, W.SectionProperties section, bool hasCover, string draftStamp)
    {
        main.AddNewPart<HeaderPart>("rIdHeaderDraft").Header = HeaderFooterBuilder.DraftHeader(draftStamp);
        section.AppendChild(new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = "rIdHeaderDraft" });
        if (!hasCover) return;
        main.AddNewPart<HeaderPart>("rIdHeaderDraftFirst").Header = HeaderFooterBuilder.DraftHeader(draftStamp);
        section.AppendChild(new W.HeaderReference { Type = W.HeaderFooterValues.First, Id = "rIdHeaderDraftFirst" });
    }

    /// <summary>The root, with the namespaces the body uses declared once; w14 (check boxes) is ignorable for older readers.</summary>
    private static W.Document NewDocument(W.Body body)
    {
        var document = new W.Document();
        document.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        document.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        document.AddNamespaceDeclaration("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
        document.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        document.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        document.AddNamespaceDeclaration("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
        document.AddNamespaceDeclaration("w14", "http://schemas.microsoft.com/office/word/2010/wordml");
        document.MCAttributes = new MarkupCompatibilityAttributes { Ignorable = "w14" };
        document.AppendChild(body);
        return document;
    }
}
