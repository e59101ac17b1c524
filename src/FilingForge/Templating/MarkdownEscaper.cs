using System.Text;

namespace FilingForge.Templating;

/// <summary>
/// Turns a plain data value into FilingForge Markdown that reads back as the same text. Characters that are syntax
/// anywhere in a line get a backslash; block syntax that only counts at the start of a line (<c># </c>, <c>- </c>,
/// <c>1. </c>, <c>===</c>, <c>:::</c>) is escaped when the value starts with it, because a value may land at a line start.
/// Line breaks and runs of whitespace become one space, so a value can never open a new block or a table row.
/// </summary>
public static class MarkdownEscaper
{
    /// <summary>Syntax in any position: emphasis, code, links, footnotes, fill-in blanks, tables, directives, entities, raw HTML, attributes.</summary>
    private const string AlwaysEscaped = "\\`*_[]<>|{}~^&!+@";


    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var sb = new StringBuilder(value.Length + 8);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            if (AlwaysEscaped.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }

        EscapeLineStart(sb);
        return sb.ToString();
    }

    /// <summary>
    /// Block syntax a value could open if it lands at the start of a line: an ATX heading (<c># </c>), a bullet
    /// (<c>- </c>), an ordered item (<c>1. </c>, <c>2) </c>), a setext underline or thematic break (<c>===</c>,
    /// <c>---</c>), a section panel (<c>:::</c>). "2.62%" and "-0-" are not syntax and stay as they are.
    /// </summary>
    private static void EscapeLineStart(StringBuilder sb)
    {
        if (sb.Length == 0) return;
        bool EndsMarker(int i) => i >= sb.Length || sb[i] == ' ';
        var first = sb[0];
        var hashes = 0;
        while (hashes < sb.Length && sb[hashes] == '#') hashes++;
        var onlyRule = sb.ToString().All(c => c is '-' or '=' or ' ');
        var digits = 0;
        while (digits < sb.Length && digits < 9 && char.IsAsciiDigit(sb[digits])) digits++;

        if ((first == '#' && hashes <= 6 && EndsMarker(hashes)) || (first == '-' && (EndsMarker(1) || onlyRule)) || (first == '=' && onlyRule) || first == ':')
            sb.Insert(0, '\\');
        else if (digits > 0 && digits < sb.Length && sb[digits] is '.' or ')' && EndsMarker(digits + 1))
            sb.Insert(digits, '\\');
    }

    /// <summary>
    /// Markdown written by the user (a <see cref="Model.MarkdownText"/>) kept for a single-line context such as a table
    /// cell or a footnote line: line breaks become spaces and bare pipes are escaped so the text cannot end the cell.
    /// </summary>
    public static string MarkdownToSingleLine(string markdown)
    {
        var sb = new StringBuilder(markdown.Length);
        var pendingSpace = false;
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c is '\r' or '\n' or '\t' || char.IsControl(c) || c == ' ')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            if (c == '\\' && i + 1 < markdown.Length && !char.IsWhiteSpace(markdown[i + 1]))
            {
                sb.Append(c).Append(markdown[++i]);
                continue;
            }

            if (c == '|') sb.Append('\\');
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>User Markdown for a block context: only control characters are removed (they are the line-map markers).</summary>
    public static string SanitizeMarkdown(string markdown)
    {
        var sb = new StringBuilder(markdown.Length);
        foreach (var c in markdown.Replace("\r\n", "\n"))
            if (c == '\n' || !char.IsControl(c)) sb.Append(c == '\t' ? ' ' : c);
        return sb.ToString().TrimEnd('\n');
    }
}
