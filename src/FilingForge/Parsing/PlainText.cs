using System.Text;
using FilingForge.Document;

namespace FilingForge.Parsing;

/// <summary>The text of inlines as a reader sees it, without markup or footnote markers (for slugs and TOC entries).</summary>
internal static class PlainText
{
    public static string Of(IEnumerable<Inline> inlines)
    {
        var sb = new StringBuilder();
        Append(inlines, sb);
        return sb.ToString().Trim();
    }

    private static void Append(IEnumerable<Inline> inlines, StringBuilder sb)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run: sb.Append(run.Text); break;
                case Strong s: Append(s.Children, sb); break;
                case Emphasis e: Append(e.Children, sb); break;
                case Underline u: Append(u.Children, sb); break;
                case InternalLink l: Append(l.Children, sb); break;
                case WebAddress w: Append(w.Children, sb); break;
                case TaggedText t: Append(t.Children, sb); break;
                case LineBreak: sb.Append(' '); break;
            }
        }
    }
}
