using FilingForge.Writers.Docx.Rendering;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Parts;

/// <summary>
/// Page footers: the theme's footer pattern with live PAGE and NUMPAGES fields, and an empty footer for a cover page;
/// page headers only for a draft's stamp.
/// </summary>
internal static class HeaderFooterBuilder
{
    public static W.Footer PageFooter(string pattern)
    {
        var paragraph = DocxParagraphs.New(DocxStyleIds.Footer);
        DocxParagraphs.Properties(paragraph).Justification = new W.Justification { Val = W.JustificationValues.Center };
        var rest = pattern;
        while (rest.Length > 0)
        {
            var page = rest.IndexOf("{page}", StringComparison.Ordinal);
            var pages = rest.IndexOf("{pages}", StringComparison.Ordinal);
            var next = page < 0 ? pages : pages < 0 ? page : Math.Min(page, pages);
            if (next < 0)
            {
                paragraph.AppendChild(new W.Run(InlineWriter.NewText(rest)));
                break;
            }

            if (next > 0) paragraph.AppendChild(new W.Run(InlineWriter.NewText(rest[..next])));
            var isTotal = next == pages;
            paragraph.AppendChild(new W.SimpleField(new W.Run(new W.Text("1"))) { Instruction = isTotal ? " NUMPAGES " : " PAGE " });
            rest = rest[(next + (isTotal ? "{pages}" : "{page}").Length)..];
        }

        return new W.Footer(paragraph);
    }

    /// <summary>A draft's stamp as a centred bold header line.</summary>
    public static W.Header DraftHeader(string stamp)
    {
        var paragraph = DocxParagraphs.New(DocxStyleIds.Header);
        DocxParagraphs.Properties(paragraph).Justification = new W.Justification { Val = W.JustificationValues.Center };
        paragraph.AppendChild(new W.Run(new W.RunProperties(new W.Bold()), InlineWriter.NewText(stamp)));
        return new W.Header(paragraph);
    }

    public static W.Footer EmptyFooter() => new(DocxParagraphs.New(DocxStyleIds.Footer));
}
