using Markdig.Syntax;

namespace FilingForge.Parsing;

/// <summary>
/// Markdig's parse, with its one refusal turned into a diagnostic: on input nested deeper than its limit it throws
/// <see cref="ArgumentException"/>, and the Parse stage does not throw on input.
/// </summary>
internal static class MarkdigParse
{
    public static MarkdownDocument? Document(ParseContext context, string markdown, int line)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, FilingMarkdownPipeline.Instance);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            context.Report(ParseDiagnostics.NestedTooDeeply, line, e.Message.TrimEnd('.'));
            return null;
        }
    }
}
