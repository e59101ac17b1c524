using System.Buffers;
using FilingForge.Document;
using Markdig.Syntax;

namespace FilingForge.Parsing;

/// <summary>
/// Reads a piece of inline Markdown that FilingForge's own syntax carries (a table cell, a caption, a check box
/// label) with the same pipeline as the document, so emphasis, escapes and footnote markers work the same there.
/// </summary>
internal static class InlineFragments
{
    private static readonly SearchValues<char> MarkupCharacters = SearchValues.Create("\\*_+[]<>&`{}!~^\t");

    public static IReadOnlyList<Inline> Parse(ParseContext context, string markdown, int line)
    {
        var text = markdown.Trim();
        if (text.Length == 0) return Array.Empty<Inline>();
        if (IsPlainText(text)) return [new TextRun(text)];

        var document = MarkdigParse.Document(context, text, line);
        var paragraph = SingleParagraph(document);
        if (document is not null && paragraph is null)
        {
            // The text opens a block (a list marker, "#", "<div>"): in a cell it can only mean text.
            if (document.FirstOrDefault() is HtmlBlock) context.Report(ParseDiagnostics.RawHtml, line, text);
            paragraph = SingleParagraph(MarkdigParse.Document(context, ProtectLeadingBlockSyntax(text), line));
        }

        return paragraph is null
            ? new Inline[] { new TextRun(MarkdownEscapes.Unescape(text)) }
            : new InlineConverter(context, line).Convert(paragraph.Inline);
    }

    /// <summary>
    /// Most cells are plain words and figures ("$372,281", "2002"): without any character that Markdown or the
    /// extensions read, the parse would give exactly the text, so it is skipped (it dominates the cost of a big table).
    /// </summary>
    private static bool IsPlainText(string text) =>
        !text.AsSpan().ContainsAny(MarkupCharacters) && text[0] is not ('=' or '-' or '#' or '>' or ':' or '@' or '|') && !StartsWithOrderedListMarker(text);

    private static bool StartsWithOrderedListMarker(string text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        return digits > 0 && digits < text.Length && text[digits] is '.' or ')';
    }

    private static ParagraphBlock? SingleParagraph(MarkdownDocument? document) =>
        document is { Count: 1 } && document[0] is ParagraphBlock paragraph ? paragraph : null;

    /// <summary>Escapes the character that makes the text a block: the first one, or the delimiter of "1." / "1)".</summary>
    private static string ProtectLeadingBlockSyntax(string text)
    {
        if (MarkdownEscapes.IsAsciiPunctuation(text[0])) return "\\" + text;
        if (!StartsWithOrderedListMarker(text)) return text;
        var delimiter = text.IndexOfAny(['.', ')']);
        return text[..delimiter] + "\\" + text[delimiter..];
    }
}
