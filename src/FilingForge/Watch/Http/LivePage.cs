using System.Net;
using System.Text;

namespace FilingForge.Watch.Http;

/// <summary>
/// A document's preview as the browser gets it: the preview writer's page with the live script, the links to the other
/// formats and the styles of the overlay added before <c>&lt;/body&gt;</c>. The document itself is untouched.
/// </summary>
public static class LivePage
{
    public static string For(PreviewBuild build, string documentName)
    {
        var page = Encoding.UTF8.GetString(build.Pages[documentName]);
        var end = page.LastIndexOf("</body>", StringComparison.Ordinal);
        return end < 0 ? page : page[..end] + Additions(documentName, build.Generation) + page[end..];
    }

    private static string Additions(string documentName, int generation)
    {
        var links = new StringBuilder();
        links.Append("<nav id=\"ff-watch\" aria-label=\"Live preview\"><a href=\"/\">All documents</a>");
        foreach (var format in OnDemandFormat.All)
            links.Append($" <a href=\"/{WebUtility.HtmlEncode(format.FileNameFor(documentName))}\">{WebUtility.HtmlEncode(format.Label)}</a>");
        links.Append("</nav>\n");
        return links + $"<style>{LiveStyles.Css}</style>\n" + Script(documentName, generation);
    }

    public static string Script(string documentName, int generation) =>
        $"<script src=\"/_ff/live.js\" data-document=\"{WebUtility.HtmlEncode(documentName)}\" data-generation=\"{generation}\"></script>\n";
}
