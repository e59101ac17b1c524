using FilingForge.Writers.Html.Styles;

namespace FilingForge.Writers.Html.Edgar;

/// <summary>
/// The EDGAR dialect, <c>&lt;document&gt;.htm</c>: the HTML 3.2-era subset EDGAR accepts (EDGAR-RULES.md), ASCII
/// only with numeric character references, every look written as an inline style attribute, the performance graph
/// as its data table. <see cref="EdgarHtmlChecker"/> verifies the result.
/// </summary>
public sealed class EdgarHtmlWriter : EdgarDialectWriter, IDocumentWriter
{
    public EdgarHtmlWriter(HtmlWriterOptions? options = null)
        : base(options)
    {
    }

    /// <summary>EDGAR file names allow one '-' (EDGAR-RULES.md §8): <c>ethics-certification-clark</c> → <c>ethicscertification-clark.htm</c>.</summary>
    public string FileNameFor(string documentName) => EdgarFileName.For(documentName);

    protected override void WriteDocumentStart(HtmlRenderer renderer)
    {
        // No DOCTYPE: EDGAR's dialect predates HTML 4.01's, and filers' documents are read in quirks mode anyway.
        var output = renderer.Output;
        output.Tag("html").Line().Tag("head").Line();
        output.Tag("title").Text(DocumentTitle.Of(renderer.Document)).Close("title").Line();
        output.Close("head").Line();
        output.Open("body");
        renderer.Style(renderer.Styles.Body);
        output.EndOpen().Line();
        WriteDraftBanner(output, renderer.Document.Properties.DraftStamp);
    }

    /// <summary>
    /// A draft's stamp as the body's first paragraph, in plain ASCII (the em dashes become <c>--</c>) so that it reads the
    /// same in EDGAR's viewer and in the raw file. A final build has no stamp and so no banner.
    /// </summary>
    internal static void WriteDraftBanner(HtmlOutput output, string? stamp)
    {
        if (stamp is null) return;
        var ascii = stamp.Replace("\u2014", "--", StringComparison.Ordinal);
        output.Open("p").Attribute("style", "font-weight: bold; text-align: center; border: 1px solid #000000").EndOpen()
            .Text(ascii).Close("p").Line();
    }

}
