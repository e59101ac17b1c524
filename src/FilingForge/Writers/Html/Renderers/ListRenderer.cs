using FilingForge.Document;
using FilingForge.Writers.Html.Styles;

namespace FilingForge.Writers.Html.Renderers;

/// <summary><c>&lt;ul&gt;</c> or <c>&lt;ol start&gt;</c> (in XHTML a counter reset); an item that is one paragraph is written without the &lt;p&gt; (a tight list).</summary>
public sealed class ListRenderer : HtmlBlockRenderer<ListBlock>
{
    protected override void Write(HtmlRenderer renderer, ListBlock list)
    {
        var tag = list.Ordered ? "ol" : "ul";
        renderer.Output.Open(tag);
        var restart = list.Ordered && list.Start != 1;
        if (restart && !renderer.Dialect.IsXhtml) renderer.Output.Attribute("start", list.Start);
        // XHTML 1.1, which Inline XBRL extends, has no start attribute: the list's counter starts it instead.
        var counter = restart && renderer.Dialect.IsXhtml
            ? new[] { new CssDeclaration("counter-reset", "list-item " + (list.Start - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) }
            : [];
        renderer.Style([renderer.Styles.List], counter);
        renderer.Output.EndOpen().Line();
        foreach (var item in list.Items) WriteItem(renderer, item);
        renderer.Output.Close(tag).Line();
    }

    private static void WriteItem(HtmlRenderer renderer, IReadOnlyList<Block> item)
    {
        renderer.Output.Open("li");
        renderer.Style(renderer.Styles.ListItem);
        renderer.Output.EndOpen();
        if (item is [Paragraph only])
        {
            renderer.WriteInlines(only.Inlines);
        }
        else
        {
            renderer.Output.Line();
            renderer.Write(item);
        }

        renderer.Output.Close("li").Line();
    }
}
