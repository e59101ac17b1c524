using System.Globalization;
using System.Text;
using FilingForge.Document;
using FilingForge.Review.Diff;
using FilingForge.Writers.Html;

namespace FilingForge.Review.Redline;

/// <summary>
/// A compared document as one self-contained HTML5 page in the conventions of a lawyers' blackline: insertions
/// double-underlined, deletions struck through, changed table cells shaded, a bar in the left margin beside every
/// changed block, and the summary (counts per section, changed figures, every change linked) at the top.
/// </summary>
public static class BlacklineHtmlWriter
{
    public static string Write(DocumentChanges changes, string oldLabel, string newLabel)
    {
        var html = new StringBuilder();
        var title = $"Blackline: {changes.New.Properties.Title}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlTextEncoder.Unicode.Encode(title)).Append("</title>\n<style>\n").Append(BlacklineStyles.Css).Append("</style>\n</head>\n<body>\n");
        BlacklineSummary.Write(html, changes, title, oldLabel, newLabel);
        html.Append("<main>\n");
        var number = 0;
        foreach (var block in changes.Blocks) WriteBlock(html, block, block.IsChange ? ++number : 0);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteBlock(StringBuilder html, BlockChange change, int number)
    {
        var classes = "b" + (change.IsChange ? " chg " + KindClass(change.Kind) : "");
        html.Append("<div class=\"").Append(classes).Append('"');
        if (number > 0) html.Append(" id=\"c").Append(number.ToString(CultureInfo.InvariantCulture)).Append('"');
        html.Append(">\n");
        if (change.Kind == ChangeKind.MovedFrom) html.Append("<p class=\"note\">Moved from here to ").Append(HtmlTextEncoder.Unicode.Encode(change.Old!.Section)).Append(":</p>\n");
        if (change.Kind == ChangeKind.MovedTo) html.Append("<p class=\"note\">Moved here from ").Append(HtmlTextEncoder.Unicode.Encode(change.Old!.Section)).Append(":</p>\n");
        if (change.Table is { } table) BlacklineTable.Write(html, table, change.Kind);
        else WriteText(html, change);
        html.Append("</div>\n");
    }

    private static void WriteText(StringBuilder html, BlockChange change)
    {
        var block = change.Block;
        var (open, close) = block.Kind switch
        {
            FlatKind.Heading => ($"<h{Math.Min(block.Level + 1, 6)}>", $"</h{Math.Min(block.Level + 1, 6)}>"),
            FlatKind.PageBreak => ("<hr class=\"page\">", ""),
            FlatKind.ListItem => ($"<p class=\"li\" style=\"margin-left:{(block.Level * 1.5m).ToString(CultureInfo.InvariantCulture)}em\"><span class=\"marker\">{HtmlTextEncoder.Unicode.Encode(block.Prefix)}</span> ", "</p>"),
            FlatKind.TocEntry => ($"<p class=\"toc\" style=\"margin-left:{block.Level - 1}em\">", "</p>"),
            _ when block.Role != ParagraphRole.Body => ("<p class=\"small\">", "</p>"),
            _ => ("<p>", "</p>"),
        };
        html.Append(open);
        if (block.Kind != FlatKind.PageBreak)
        {
            if (block.Kind != FlatKind.ListItem && block.Prefix.Length > 0) html.Append(HtmlTextEncoder.Unicode.Encode(block.Prefix)).Append(' ');
            Segments(html, change.Segments, change.Kind);
        }

        html.Append(close).Append('\n');
    }

    internal static void Segments(StringBuilder html, IReadOnlyList<TextSegment> segments, ChangeKind blockKind)
    {
        foreach (var segment in segments)
        {
            var kind = blockKind == ChangeKind.MovedFrom ? SegmentKind.Deleted : segment.Kind;
            var (open, close) = kind switch
            {
                SegmentKind.Inserted => ("<ins>", "</ins>"),
                SegmentKind.Deleted => ("<del>", "</del>"),
                _ => ("", ""),
            };
            html.Append(open);
            foreach (var token in segment.Tokens) Token(html, token);
            html.Append(close);
        }
    }

    private static void Token(StringBuilder html, DiffToken token)
    {
        if (token.Text == DiffToken.LineBreak) { html.Append("<br>"); return; }
        var text = HtmlTextEncoder.Unicode.Encode(token.Text);
        if (token.Style.HasFlag(TokenStyle.Superscript)) text = $"<sup>{text}</sup>";
        if (token.Style.HasFlag(TokenStyle.Underline)) text = $"<u>{text}</u>";
        if (token.Style.HasFlag(TokenStyle.Italic)) text = $"<em>{text}</em>";
        if (token.Style.HasFlag(TokenStyle.Bold)) text = $"<strong>{text}</strong>";
        html.Append(text);
    }

    private static string KindClass(ChangeKind kind) => kind switch
    {
        ChangeKind.Inserted => "ins",
        ChangeKind.Deleted => "del",
        ChangeKind.MovedFrom => "moved-from",
        ChangeKind.MovedTo => "moved-to",
        _ => "mod",
    };
}
