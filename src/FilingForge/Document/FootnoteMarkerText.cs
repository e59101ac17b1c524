namespace FilingForge.Document;

/// <summary>
/// How every writer prints a footnote marker, so a note reads the same in every format: a numbered or lettered marker
/// in parentheses, <c>(1)</c>, as SEC filings set it; a symbol such as <c>*</c> as it is. The parentheses also keep a
/// marker set against a figure from reading as one of its digits when the text is extracted.
/// </summary>
public static class FootnoteMarkerText
{
    public static string Of(string marker) =>
        marker.Length > 0 && marker.All(char.IsLetterOrDigit) ? "(" + marker + ")" : marker;
}
