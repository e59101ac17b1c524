namespace FilingForge.Values;

/// <summary>
/// A field whose value is Markdown written by the user (a biography, a committee report).
/// Only values of this type reach a document unescaped; every other string is escaped by the template stage.
/// </summary>
public sealed record MarkdownText(string Value)
{
    public override string ToString() => Value;
}
