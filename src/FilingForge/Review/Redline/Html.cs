using System.Text;

namespace FilingForge.Review.Redline;

/// <summary>Text into HTML5 text or attribute values; any Unicode stays as it is (the page is UTF-8).</summary>
internal static class Html
{
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
