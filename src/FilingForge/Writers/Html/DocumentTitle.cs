using FilingForge.Document;

namespace FilingForge.Writers.Html;

internal static class DocumentTitle
{
    /// <summary>The document's title, or its name when the title is blank (an empty &lt;title&gt; is invalid HTML).</summary>
    public static string Of(FilingDocument document) =>
        string.IsNullOrWhiteSpace(document.Properties.Title) ? document.Name : document.Properties.Title;
}
