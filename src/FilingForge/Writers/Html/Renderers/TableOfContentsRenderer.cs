using FilingForge.Document;

namespace FilingForge.Writers.Html.Renderers;

/// <summary>A list of #links to the headings, indented by level (HTML has no page numbers to show).</summary>
public sealed class TableOfContentsRenderer : HtmlBlockRenderer<TableOfContents>
{
    protected override void Write(HtmlRenderer renderer, TableOfContents toc)
    {
        var entries = toc.Entries.Where(e => e.Level <= toc.MaxLevel).ToArray();
        if (entries.Length == 0) return;
        renderer.Output.Open("ul");
        renderer.Style(renderer.Styles.Toc);
        renderer.Output.EndOpen().Line();
        foreach (var entry in entries)
        {
            renderer.Output.Open("li");
            renderer.Style(renderer.Styles.TocLevel(entry.Level));
            renderer.Output.EndOpen();
            if (renderer.Ids.Resolves(entry.TargetId))
            {
                renderer.Output.Open("a").Attribute("href", "#" + entry.TargetId).EndOpen().Text(entry.Text).Close("a");
            }
            else
            {
                renderer.Diagnostics.Report(HtmlDiagnostics.UnresolvedInternalLink, renderer.Location, entry.TargetId);
                renderer.Output.Text(entry.Text);
            }

            renderer.Output.Close("li").Line();
        }

        renderer.Output.Close("ul").Line();
    }
}
