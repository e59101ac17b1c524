using FilingForge.Document;
using FilingForge.Writers.Html.Styles;

namespace FilingForge.Writers.Html.Renderers;

/// <summary>
/// <c>&lt;ul&gt;</c> or <c>&lt;ol start&gt;</c> (in XHTML a counter reset); an item that is one paragraph is written
/// without the &lt;p&gt; (a tight list). A "(1)" or "(a)" list, which HTML cannot number by itself, is hung the same
/// way everywhere: the preview's style sheet generates the marker from the list's counter, and EDGAR's dialects, which
/// have no style sheet, print the marker's text (<see cref="ListMarker"/>) before the item with a hanging indent.
/// </summary>
public sealed class ListRenderer : HtmlBlockRenderer<ListBlock>
{
    protected override void Write(HtmlRenderer renderer, ListBlock list)
    {
        var tag = list.Ordered ? "ol" : "ul";
        var marked = MarkedStyle(renderer, list);
        renderer.Output.Open(tag);
        var restart = list.Ordered && list.Start != 1;
        if (restart && !renderer.Dialect.IsXhtml) renderer.Output.Attribute("start", list.Start);
        // XHTML 1.1, which Inline XBRL extends, has no start attribute: the list's counter starts it instead.
        var counter = restart && renderer.Dialect.IsXhtml
            ? new[] { new CssDeclaration("counter-reset", "list-item " + (list.Start - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) }
            : [];
        renderer.Style(marked is null ? [renderer.Styles.List] : [renderer.Styles.List, marked], counter);
        renderer.Output.EndOpen().Line();
        for (var i = 0; i < list.Items.Count; i++)
            WriteItem(renderer, list.Items[i], marked is not null && !renderer.Dialect.IsHtml5 ? ListMarker.Of(list, i) : null);
        renderer.Output.Close(tag).Line();
    }

    private static HtmlStyle? MarkedStyle(HtmlRenderer renderer, ListBlock list) =>
        list.Ordered && list.NumberStyle != ListNumberStyle.Decimal ? renderer.Styles.MarkedList(list.NumberStyle) : null;

    /// <summary>An item; <paramref name="marker"/>, when given, is printed before it and hung into the list's indent.</summary>
    private static void WriteItem(HtmlRenderer renderer, IReadOnlyList<Block> item, string? marker)
    {
        renderer.Output.Open("li");
        renderer.Style(marker is null ? [renderer.Styles.ListItem] : [renderer.Styles.ListItem, renderer.Styles.HangingItem], []);
        renderer.Output.EndOpen();
        if (marker is not null) renderer.Output.Text(marker + "\u00A0");
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
