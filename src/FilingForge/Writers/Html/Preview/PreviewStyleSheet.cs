using System.Text;
using FilingForge.Theming;
using FilingForge.Writers.Html.Styles;

namespace FilingForge.Writers.Html.Preview;

/// <summary>
/// The preview's style sheet: the theme's styles (the same ones EDGAR inlines), the printed page from the theme's
/// page setup and footer pattern (@page), a paper-like page on screen, and print rules for page breaks and tables.
/// </summary>
public static class PreviewStyleSheet
{
    public static string Build(ThemeStyles styles, Theme theme)
    {
        var css = new StringBuilder();
        var page = theme.Page;
        var margins = $"{CssValues.Points(page.MarginTop)} {CssValues.Points(page.MarginRight)} {CssValues.Points(page.MarginBottom)} {CssValues.Points(page.MarginLeft)}";

        css.Append("@page { size: ").Append(CssValues.Points(page.Width)).Append(' ').Append(CssValues.Points(page.Height))
            .Append("; margin: ").Append(margins)
            .Append("; @bottom-center { content: ").Append(FooterContent(theme.FooterPattern))
            .Append("; font-family: ").Append(styles.NoteFontFamily)
            .Append("; font-size: ").Append(CssValues.Points(theme.NoteFont.Size)).Append("; } }\n");

        foreach (var style in styles.All())
            css.Append(style.Selector).Append(" { ").Append(string.Join("; ", style.Declarations)).Append("; }\n");

        css.Append("html { background: #e9e9e6; }\n");
        css.Append("body { margin: 0; }\n");
        css.Append("main.document { box-sizing: border-box; width: ").Append(CssValues.Points(page.Width))
            .Append("; max-width: 100%; min-height: ").Append(CssValues.Points(page.Height))
            .Append("; margin: 0 auto; padding: ").Append(margins)
            .Append("; background: #ffffff; box-shadow: 0 0 4px rgba(0, 0, 0, 0.25); }\n");
        css.Append("th, td, caption { overflow-wrap: anywhere; }\n");
        // A footnote marker after a figure does not push the digits out of line with the column's others: it hangs past
        // them (ThemeStyles.FootnoteMarker keeps every marker from opening its line, in both dialects).
        css.Append("td.num sup { position: absolute; }\n");
        // "(1)" and "(a)" lists: the marker comes from the list's own counter (so start= holds) and hangs right-aligned
        // in the list's indent, 4pt before the text, as the PDF sets it.
        css.Append("ol.paren-decimal > li::before { content: \"(\" counter(list-item) \")\"; }\n");
        css.Append("ol.paren-lower-alpha > li::before { content: \"(\" counter(list-item, lower-alpha) \")\"; }\n");
        css.Append("ol.paren-decimal > li::before, ol.paren-lower-alpha > li::before { display: inline-block; box-sizing: border-box; width: ")
            .Append(ThemeStyles.ListIndent).Append("; margin-left: -").Append(ThemeStyles.ListIndent).Append("; padding-right: 4pt; text-align: right; }\n");
        css.Append("thead { display: table-header-group; }\n");
        css.Append("tr, tbody.keep { break-inside: avoid; }\n");
        css.Append("hr.page-break { break-after: page; border: 0; border-top: 1px dashed #9a9a9a; margin: 36pt 0; }\n");
        css.Append("figure.chart { margin: 6pt 0; }\n");
        css.Append("figure.chart svg { display: block; width: 100%; height: auto; font-family: inherit; }\n");
        css.Append("a { color: inherit; }\n");
        css.Append("@media print {\n");
        css.Append("  html { background: none; }\n");
        css.Append("  main.document { width: auto; min-height: 0; padding: 0; box-shadow: none; }\n");
        css.Append("  hr.page-break { border: 0; margin: 0; }\n");
        css.Append("  a { text-decoration: none; }\n");
        css.Append("}\n");
        return css.ToString();
    }

    /// <summary>The footer pattern as CSS generated content: <c>Page {page} of {pages}</c> → <c>"Page " counter(page) …</c>.</summary>
    public static string FooterContent(string pattern)
    {
        var parts = new List<string>();
        var rest = pattern;
        while (rest.Length > 0)
        {
            var page = rest.IndexOf("{page}", StringComparison.Ordinal);
            var pages = rest.IndexOf("{pages}", StringComparison.Ordinal);
            var next = page < 0 ? pages : pages < 0 ? page : Math.Min(page, pages);
            if (next < 0)
            {
                parts.Add(CssString(rest));
                break;
            }

            if (next > 0) parts.Add(CssString(rest[..next]));
            var isPages = next == pages;
            parts.Add(isPages ? "counter(pages)" : "counter(page)");
            rest = rest[(next + (isPages ? "{pages}".Length : "{page}".Length))..];
        }

        return parts.Count == 0 ? "none" : string.Join(" ", parts);
    }

    /// <summary>A CSS string literal; characters that could end the string or the style element are escaped.</summary>
    private static string CssString(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c)) sb.Append('\\').Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            else sb.Append(c);
        }

        return sb.Append('"').ToString();
    }
}
