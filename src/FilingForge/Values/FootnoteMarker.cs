namespace FilingForge.Values;

/// <summary>
/// What a footnote marker may be: letters, digits and <c>*</c> (<c>1</c>, <c>a</c>, <c>*</c>), the characters every
/// format prints as a reference and that FilingForge Markdown reads back in <c>[^…]</c>. The Load stage holds a
/// <c>marker</c> field to it, so a marker no table can print is a diagnostic at the data, not a failure of the build.
/// </summary>
public static class FootnoteMarker
{
    public static bool IsValid(string marker) =>
        marker.Length > 0 && marker.All(c => char.IsAsciiLetterOrDigit(c) || c == '*');
}
