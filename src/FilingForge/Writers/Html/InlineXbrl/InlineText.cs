using System.Text;
using System.Xml.Linq;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>The text an ix element contributes to a fact: its descendant text, nested facts' included, ix:exclude's left out.</summary>
internal static class InlineText
{
    public static void Append(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText t) text.Append(t.Value);
            else if (node is XElement e && e.Name != InlineXbrlNames.Exclude) Append(e, text);
        }
    }

    /// <summary>XML whitespace runs become one space; leading and trailing whitespace goes.</summary>
    public static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace) result.Append(' ');
            pendingSpace = false;
            result.Append(c);
        }

        return result.ToString();
    }
}
