using System.Net;
using System.Text;
using FilingForge.Writers.Html;

namespace FilingForge.Watch.Http;

/// <summary>The page at <c>/</c>: the filing's documents, each with its preview and its other formats. Not a directory listing: it names only documents.</summary>
public static class IndexPage
{
    public static string For(PreviewState state, string filingName)
    {
        var html = new StringBuilder();
        var title = WebUtility.HtmlEncode($"{filingName}: live preview");
        html.Append($"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>{LiveStyles.Css}</style>\n</head>\n<body>\n");
        html.Append($"<main>\n<h1>{title}</h1>\n<ul>\n");
        foreach (var document in state.LastGood?.Documents ?? [])
        {
            var name = WebUtility.HtmlEncode(document.Name);
            html.Append($"<li><a href=\"/{name}.html\">{WebUtility.HtmlEncode(DocumentTitle.Of(document))}</a> ({name})");
            foreach (var format in OnDemandFormat.All)
                html.Append($" · <a href=\"/{WebUtility.HtmlEncode(format.FileNameFor(document.Name))}\">{WebUtility.HtmlEncode(format.Label)}</a>");
            html.Append("</li>\n");
        }

        if (state.LastGood is null) html.Append("<li>No preview yet: the first build has errors.</li>\n");
        html.Append("</ul>\n</main>\n");
        html.Append(LivePage.Script("", state.LastGood?.Generation ?? 0));
        return html.Append("</body>\n</html>\n").ToString();
    }
}
