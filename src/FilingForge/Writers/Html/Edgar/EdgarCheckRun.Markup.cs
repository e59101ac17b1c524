namespace FilingForge.Writers.Html.Edgar;

/// <summary>§1–4: elements, attributes, nesting of tables.</summary>
internal sealed partial class EdgarCheckRun
{
    private static readonly HashSet<string> AllowedElements = new(
    [
        "html", "head", "title", "meta", "body", "a", "address", "b", "big", "blockquote", "br", "caption", "center",
        "cite", "code", "dd", "dfn", "dir", "div", "dl", "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
        "i", "img", "kbd", "li", "menu", "ol", "p", "pre", "samp", "small", "strike", "strong", "sub", "sup", "table",
        "tr", "td", "th", "tt", "u", "ul", "var",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string> ProhibitedElements = new(
    [
        "script", "style", "link", "object", "applet", "embed", "form", "input", "select", "textarea", "option",
        "frame", "frameset", "iframe", "map", "area", "base", "basefont", "tbody", "thead", "tfoot", "col",
        "colgroup", "ins", "del", "s", "q", "wbr", "nobr", "marquee", "blink",
    ], StringComparer.Ordinal);

    // Attributes whose value a browser loads or navigates to: a script URL in any of them runs.
    private static readonly HashSet<string> UrlAttributes = new(
        ["href", "src", "lowsrc", "dynsrc", "background", "action", "formaction", "cite", "longdesc", "usemap", "data", "codebase", "poster"],
        StringComparer.Ordinal);

    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
    private readonly List<(string Fragment, TextPosition Position)> _fragmentLinks = [];

    public void CheckMarkup(string text)
    {
        var tableDepth = 0;
        foreach (var token in HtmlTokenizer.Tokenize(text))
        {
            if (token.Unterminated) Report(HtmlDiagnostics.MalformedMarkup, token.Position, Describe(token));
            switch (token.Kind)
            {
                case HtmlTokenKind.StartTag:
                    CheckElement(token);
                    foreach (var attribute in token.Attributes) CheckAttribute(token, attribute);
                    CollectAnchors(token);
                    if (token.Name == "a" && token.Attribute("href") is { } href) CheckLink(href);
                    if (token.Name == "img") CheckImage(token);
                    if (token.Name == "table")
                    {
                        if (tableDepth > 0) Report(HtmlDiagnostics.NestedTable, token.Position);
                        tableDepth++;
                    }

                    break;
                case HtmlTokenKind.EndTag when token.Name == "table":
                    tableDepth = Math.Max(0, tableDepth - 1);
                    break;
            }
        }

        // Fragments resolve against the whole document: a link may point forward.
        foreach (var (fragment, position) in _fragmentLinks)
            if (!_anchors.Contains(fragment)) Report(HtmlDiagnostics.UnresolvedFragment, position, fragment);
    }

    private static string Describe(HtmlToken token) => token.Kind switch
    {
        HtmlTokenKind.StartTag => $"the tag <{token.Name}>",
        HtmlTokenKind.EndTag => $"the end tag </{token.Name}>",
        HtmlTokenKind.Comment => "a comment",
        _ => "a markup declaration",
    };

    private void CheckElement(HtmlToken token)
    {
        if (AllowedElements.Contains(token.Name)) return;
        Report(HtmlDiagnostics.ElementNotAllowed, token.Position, token.Name,
            ProhibitedElements.Contains(token.Name) ? "prohibited" : "not part of the allowed subset");
    }

    private void CheckAttribute(HtmlToken token, HtmlAttribute attribute)
    {
        var name = attribute.Name;
        if (name.Length > 2 && name.StartsWith("on", StringComparison.Ordinal))
            Report(HtmlDiagnostics.EventHandlerAttribute, attribute.Position, name, token.Name);
        if (name == "http-equiv" && token.Name == "meta")
            Report(HtmlDiagnostics.HttpEquivAttribute, attribute.Position);
        if (name == "background" && token.Name == "body")
            Report(HtmlDiagnostics.BodyBackgroundAttribute, attribute.Position);
        if (name == "xmlns" || name.StartsWith("xmlns:", StringComparison.Ordinal))
            Report(HtmlDiagnostics.XmlnsAttribute, attribute.Position, name, token.Name);
        if (UrlAttributes.Contains(name) && ScriptScheme(attribute.DecodedValue) is { } scheme)
            Report(HtmlDiagnostics.ScriptUrl, attribute.Position, name, token.Name, scheme);
        if (name == "style" && StyleReference(attribute.DecodedValue) is { } reference)
            Report(HtmlDiagnostics.StyleReference, attribute.Position, token.Name, reference);
    }

    private void CollectAnchors(HtmlToken token)
    {
        foreach (var attribute in token.Attributes)
            if (attribute.Name is "id" or "name" && attribute.Value is not null)
                _anchors.Add(attribute.DecodedValue);
    }

    /// <summary>Browsers ignore control characters and spaces inside a URL's scheme, so the check does too.</summary>
    private static string? ScriptScheme(string url)
    {
        var compact = new string(url.Where(c => c > ' ').ToArray()).ToLowerInvariant();
        foreach (var scheme in new[] { "javascript:", "vbscript:", "livescript:" })
            if (compact.StartsWith(scheme, StringComparison.Ordinal)) return scheme;
        return null;
    }

    private static string? StyleReference(string style)
    {
        var css = RemoveComments(style).Replace("\\", "", StringComparison.Ordinal).ToLowerInvariant();
        css = new string(css.Where(c => !char.IsWhiteSpace(c)).ToArray());
        foreach (var function in new[] { "url(", "expression(", "image-set(", "@import" })
            if (css.Contains(function, StringComparison.Ordinal)) return function;
        return null;
    }

    private static string RemoveComments(string css)
    {
        while (true)
        {
            var start = css.IndexOf("/*", StringComparison.Ordinal);
            if (start < 0) return css;
            var end = css.IndexOf("*/", start + 2, StringComparison.Ordinal);
            css = end < 0 ? css[..start] : css[..start] + css[(end + 2)..];
        }
    }
}
