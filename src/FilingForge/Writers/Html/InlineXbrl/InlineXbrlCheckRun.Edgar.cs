using System.Xml.Linq;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>
/// The EDGAR Filer Manual's rules for an Inline XBRL document (volume II, 5.2.5): nothing that runs, loads or submits
/// anything, and no reference that leaves the submission.
/// </summary>
internal sealed partial class InlineXbrlCheckRun
{
    /// <summary>Elements that run code, load other content or submit data.</summary>
    private static readonly HashSet<string> ProhibitedElements =
        new(["script", "iframe", "object", "embed", "form", "input", "applet", "frame", "frameset"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Attributes that hold a URL (xlink:href of link:schemaRef included).</summary>
    private static readonly HashSet<string> UrlAttributes =
        new(["href", "src", "longdesc", "data", "cite", "background", "action", "usemap"], StringComparer.OrdinalIgnoreCase);

    public void CheckEdgarSubset(XDocument document)
    {
        foreach (var element in document.Descendants())
        {
            var (line, column) = InlineXbrlFactReader.Position(element);
            var name = element.Name.LocalName;
            if (ProhibitedElements.Contains(name)) Report(InlineXbrlDiagnostics.ElementNotAllowed, line, column, name);
            if (name.Equals("style", StringComparison.OrdinalIgnoreCase)) CheckStyle(element.Value, name, line, column);
            foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration)) CheckAttribute(attribute, name);
        }
    }

    private void CheckAttribute(XAttribute attribute, string element)
    {
        var (line, column) = InlineXbrlFactReader.Position(attribute);
        var name = attribute.Name.LocalName;
        if (attribute.Name.Namespace == XNamespace.None && name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            Report(InlineXbrlDiagnostics.EventHandlerAttribute, line, column, name, element);
        else if (UrlAttributes.Contains(name) && !IsWithinSubmission(attribute.Value.Trim()))
            Report(InlineXbrlDiagnostics.ExternalReference, line, column, name, element, attribute.Value.Trim());
        else if (name.Equals("style", StringComparison.OrdinalIgnoreCase))
            CheckStyle(attribute.Value, element, line, column);
    }

    private void CheckStyle(string css, string element, int line, int column)
    {
        var at = css.IndexOf("url(", StringComparison.OrdinalIgnoreCase);
        if (at >= 0) Report(InlineXbrlDiagnostics.StyleReference, line, column, element, css.Substring(at, Math.Min(40, css.Length - at)));
    }

    /// <summary>
    /// A #fragment, a relative file name of the submission (no scheme, no absolute or parent path), or the SEC's
    /// EDGAR archive over http, which EDGAR accepts for links to previously filed documents.
    /// </summary>
    private static bool IsWithinSubmission(string url)
    {
        if (url.StartsWith('#')) return true;
        if (url.StartsWith("http://www.sec.gov/Archives/edgar/data/", StringComparison.OrdinalIgnoreCase)) return true;
        var path = url.Split('#', 2)[0];
        return path.Length > 0 && !path.Contains(':') && !path.StartsWith('/') && !path.Contains('\\')
            && !path.Split('/').Contains("..");
    }
}
