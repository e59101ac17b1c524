using FilingForge.Document;
using Markdig;
using Markdig.Syntax;

namespace FilingForge.Parsing;

/// <summary>
/// Reads a piece of inline Markdown that FilingForge's own syntax carries (a table cell, a caption, a check box
/// label) with the same pipeline as the document, so emphasis, escapes and footnote markers work the same there.
/// </summary>
internal static class InlineFragments
{
    public static IReadOnlyList<Inline> Parse(ParseContext context, string markdown, int line)
    {
        var text = markdown.Trim();
        if (text.Length == 0) return Array.Empty<Inline>();

        var paragraph = SingleParagraph(text);
        if (paragraph is null)
        {
            // The text opens a block (a list marker, "#", "<div>"): in a cell it can only mean text.
            if (Markdown.Parse(text, FilingMarkdownPipeline.Instance).FirstOrDefault() is HtmlBlock)
                context.Report(ParseDiagnostics.RawHtml, line, text);
            paragraph = SingleParagraph(ProtectLeadingBlockSyntax(text));
        }

        return paragraph is null
            ? new Inline[] { new TextRun(MarkdownEscapes.Unescape(text)) }
            : new InlineConverter(context, line).Convert(paragraph.Inline);
    }

    private static ParagraphBlock? SingleParagraph(string text)
    {
        var document = Markdown.Parse(text, FilingMarkdownPipeline.Instance);
        return document.Count == 1 && document[0] is ParagraphBlock paragraph ? paragraph : null;
    }

    /// <summary>Escapes the character that makes the text a block: the first one, or the delimiter of "1." / "1)".</summary>
    private static string ProtectLeadingBlockSyntax(string text)
    {
        if (MarkdownEscapes.IsAsciiPunctuation(text[0])) return "\\" + text;
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        return digits > 0 && digits < text.Length && text[digits] is '.' or ')'
            ? text[..digits] + "\\" + text[digits..]
            : text;
    }
}
