using System.Text;

namespace FilingForge.Templating;

/// <summary>
/// Turns a plain data value into FilingForge Markdown that reads back as the same text. Characters that are syntax
/// anywhere in a line get a backslash; characters that are syntax only at the start of a line (<c>#</c>, <c>-</c>,
/// <c>=</c>, <c>:</c>, <c>1.</c>) are escaped when the value starts with them, because a value may land at a line start.
/// Line breaks and runs of whitespace become one space, so a value can never open a new block or a table row.
/// </summary>
public static class MarkdownEscaper
{
    /// <summary>Syntax in any position: emphasis, code, links, footnotes, fill-in blanks, tables, directives, entities, raw HTML, attributes.</summary>
    private const string AlwaysEscaped = "\\`*_[]<>|{}~^&!+@";

    /// <summary>Syntax only when a line starts with it: headings, lists, setext underlines, fences, section panels.</summary>
    private const string LineStartEscaped = "#-=:>";

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

            if (AlwaysEscaped.Contains(c) || (sb.Length == 0 && LineStartEscaped.Contains(c))) sb.Append('\\');
            sb.Append(c);
        }

        EscapeOrderedListMarker(sb);
        return sb.ToString();
    }

    /// <summary>"1. Title" or "2) Title" at the start of a value would open a list: escape the delimiter after the digits.</summary>
    private static void EscapeOrderedListMarker(StringBuilder sb)
    {
        var i = 0;
        while (i < sb.Length && i < 9 && char.IsAsciiDigit(sb[i])) i++;
        if (i > 0 && i < sb.Length && (sb[i] == '.' || sb[i] == ')')) sb.Insert(i, '\\');
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
