using FilingForge.Document;

namespace FilingForge.Writers.Html.Renderers;

/// <summary>
/// Inline content is the same in both dialects (EDGAR allows strong, em, u, sup, br and #links), so one small
/// switch renders every inline kind; the encoder makes the text ASCII where the dialect needs it. Where the dialects
/// differ (tagged facts, web addresses) the dialect writes the inline.
/// </summary>
internal static class InlineRenderer
{
    private const int LongestBlank = 120;

    internal static void Write(HtmlRenderer renderer, IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines) Write(renderer, inline);
    }

    private static void Write(HtmlRenderer renderer, Inline inline)
    {
        var output = renderer.Output;
        switch (inline)
        {
            case TextRun run:
                output.Text(run.Text);
                break;
            case Strong strong:
                Wrapped(renderer, "strong", strong.Children);
                break;
            case Emphasis emphasis:
                Wrapped(renderer, "em", emphasis.Children);
                break;
            case Underline underline:
                OpenUnderline(renderer);
                Write(renderer, underline.Children);
                CloseUnderline(renderer);
                break;
            case LineBreak:
                output.Open("br").EndVoid().Line();
                break;
            case TaggedText tagged:
                renderer.Dialect.WriteTaggedText(renderer, tagged);
                break;
            case FootnoteReference reference:
                WriteFootnoteReference(renderer, reference.Marker);
                break;
            case InternalLink link:
                WriteLink(renderer, link);
                break;
            case WebAddress address:
                renderer.Dialect.WriteWebAddress(renderer, address);
                break;
            case FillInBlank blank:
                // Non-breaking spaces keep the blank one unbroken underline of the asked width.
                OpenUnderline(renderer);
                output.Text(new string('\u00A0', Math.Clamp(blank.Characters, 1, LongestBlank)));
                CloseUnderline(renderer);
                break;
            default:
                renderer.Diagnostics.Report(HtmlDiagnostics.BlockNotRendered, renderer.Location, renderer.Dialect.Format, inline.GetType().Name);
                break;
        }
    }

    /// <summary>XHTML 1.1, which Inline XBRL extends, has no <c>u</c>: there underlining is a style.</summary>
    private static void OpenUnderline(HtmlRenderer renderer)
    {
        if (renderer.Dialect.IsXhtml) renderer.Output.Open("span").Attribute("style", "text-decoration: underline").EndOpen();
        else renderer.Output.Tag("u");
    }

    private static void CloseUnderline(HtmlRenderer renderer) => renderer.Output.Close(renderer.Dialect.IsXhtml ? "span" : "u");

    private static void Wrapped(HtmlRenderer renderer, string tag, IReadOnlyList<Inline> children)
    {
        renderer.Output.Tag(tag);
        Write(renderer, children);
        renderer.Output.Close(tag);
    }

    private static void WriteLink(HtmlRenderer renderer, InternalLink link)
    {
        if (!renderer.Ids.Resolves(link.TargetId))
        {
            renderer.Diagnostics.Report(HtmlDiagnostics.UnresolvedInternalLink, renderer.Location, link.TargetId);
            Write(renderer, link.Children);
            return;
        }

        renderer.Output.Open("a").Attribute("href", "#" + link.TargetId).EndOpen();
        Write(renderer, link.Children);
        renderer.Output.Close("a");
    }

    /// <summary>A web address as a link out, its printed text the link's text (the preview's way).</summary>
    public static void WriteWebLink(HtmlRenderer renderer, WebAddress address)
    {
        renderer.Output.Open("a").Attribute("href", address.Url).EndOpen();
        Write(renderer, address.Children);
        renderer.Output.Close("a");
    }

    public static void WriteFootnoteReference(HtmlRenderer renderer, string marker)
    {
        var text = FootnoteMarkerText.Of(marker);
        if (renderer.Options.FootnoteMarkers == FootnoteMarkerStyle.Parenthesized) renderer.Output.Text(text);
        else
        {
            renderer.Output.Open("sup");
            renderer.Style(renderer.Styles.FootnoteMarker);
            renderer.Output.EndOpen().Text(text).Close("sup");
        }
    }
}
