using System.Text;

namespace FilingForge.Templating.Formatting;

/// <summary>Footnote references in FilingForge Markdown: markers <c>1</c>, <c>*</c> become <c>[^1]</c>, <c>[^*]</c>.</summary>
public static class FootnoteMarkers
{
    public static bool IsValid(string marker) => Values.FootnoteMarker.IsValid(marker);

    public static string Format(IEnumerable<string> markers)
    {
        var sb = new StringBuilder();
        foreach (var marker in markers)
        {
            if (!IsValid(marker))
                throw new ArgumentException($"footnote marker '{marker}' may hold only letters, digits and '*'", nameof(markers));
            sb.Append("[^").Append(marker).Append(']');
        }

        return sb.ToString();
    }
}
