using System.Text;
using System.Text.RegularExpressions;

namespace FilingForge.Compilation;

/// <summary>Page counts for the manifest: counted from a PDF's page objects; other formats have no fixed pages.</summary>
public static partial class PageCounter
{
    public static int? Count(string extension, MemoryStream content)
    {
        if (extension != ".pdf") return null;
        var text = Encoding.Latin1.GetString(content.GetBuffer(), 0, (int)content.Length);
        return PageObject().Count(text);
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
