using System.Globalization;
using System.Text;
using FilingForge.Review.Diff;
using FilingForge.Writers.Html;

namespace FilingForge.Review.Redline;

/// <summary>The top of the blackline: what was compared, counts per section, changed figures, every change.</summary>
internal static class BlacklineSummary
{
    public static void Write(StringBuilder html, DocumentChanges changes, string title, string oldLabel, string newLabel)
    {
        var s = changes.Summary;
        html.Append("<header class=\"summary\">\n<h1>").Append(HtmlTextEncoder.Unicode.Encode(title)).Append("</h1>\n")
            .Append("<p>Compared <del>").Append(HtmlTextEncoder.Unicode.Encode(oldLabel)).Append("</del> with <ins>").Append(HtmlTextEncoder.Unicode.Encode(newLabel)).Append("</ins>. ")
            .Append("<span class=\"legend\"><ins>Inserted</ins>, <del>deleted</del>; a bar in the margin marks each changed block, shading each changed cell.</span></p>\n");
        if (s.Total == 0)
        {
            html.Append("<p><strong>No changes.</strong></p>\n</header>\n");
            return;
        }

        html.Append("<h2>Changes by section</h2>\n<table>\n<tr><th>Section</th><th>Inserted</th><th>Deleted</th><th>Changed</th><th>Moved</th></tr>\n");
        foreach (var section in s.Sections)
        {
            html.Append("<tr><td>").Append(HtmlTextEncoder.Unicode.Encode(section.Section)).Append("</td>");
            foreach (var n in new[] { section.Inserted, section.Deleted, section.Modified, section.Moved })
                html.Append("<td class=\"n\">").Append(n.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
        if (s.ChangedFigures.Count > 0)
        {
            html.Append("<h2>Changed figures</h2>\n<ul>\n");
            foreach (var figure in s.ChangedFigures) html.Append("<li>").Append(HtmlTextEncoder.Unicode.Encode(figure)).Append("</li>\n");
            html.Append("</ul>\n");
        }

        html.Append("<h2>All changes</h2>\n<ol>\n");
        var number = 0;
        foreach (var block in changes.Blocks.Where(b => b.IsChange))
        {
            number++;
            foreach (var line in ChangeSummarizer.Lines(block))
                html.Append("<li><a href=\"#c").Append(number.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(HtmlTextEncoder.Unicode.Encode(line)).Append("</a></li>\n");
        }

        html.Append("</ol>\n</header>\n");
    }
}
