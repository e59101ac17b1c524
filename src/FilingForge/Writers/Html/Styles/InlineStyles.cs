namespace FilingForge.Writers.Html.Styles;

/// <summary>
/// The merged style attribute of a combination of styles. A document repeats a few dozen combinations thousands of
/// times (every table cell), so each is merged once per document and looked up after that.
/// </summary>
public sealed class InlineStyles
{
    private readonly Dictionary<string, string> _merged = new(StringComparer.Ordinal);

    public static string Of(IReadOnlyList<HtmlStyle> styles, IReadOnlyList<CssDeclaration> extra) =>
        HtmlStyle.Inline(HtmlStyle.Merge(styles.SelectMany(s => s.Declarations).Concat(extra)));

    public string Cached(IReadOnlyList<HtmlStyle> styles, IReadOnlyList<CssDeclaration> extra)
    {
        var key = string.Join("\n", styles.Select(s => s.Selector)) + "\n\n" + string.Join(";", extra);
        if (!_merged.TryGetValue(key, out var inline)) _merged[key] = inline = Of(styles, extra);
        return inline;
    }
}
