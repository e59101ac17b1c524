using FilingForge.Document;

namespace FilingForge.Writers.Pdf.Layout;

public sealed partial class LayoutEngine
{
    private const int BookmarkTitleLength = 80;

    /// <summary>
    /// True for a document with no headings (the proxy card): its outline would be empty, so each top-level section is
    /// bookmarked instead, titled by its first line of text ("PROXY", "Vote by Internet, by Telephone or by Mail").
    /// A document with headings is bookmarked by its headings alone.
    /// </summary>
    private bool _bookmarkSections;

    /// <summary>A section's bookmark, placed with the section's first content (which may start the next page).</summary>
    private AnchorItem? _pendingBookmark;

    private readonly HashSet<string> _sectionAnchors = new(StringComparer.Ordinal);

    private static bool HasHeadings(IReadOnlyList<Block> blocks) => BlockTree.Descendants(blocks).Any(b => b is Heading);

    private void BookmarkSection(Section section)
    {
        var title = SectionTitle(section.Blocks);
        if (title.Length == 0) return;
        var id = "section-" + (section.Name.Length > 0 ? section.Name : "untitled");
        for (var n = 2; !_sectionAnchors.Add(id); n++) id = "section-" + section.Name + "-" + n;
        _pendingBookmark = new AnchorItem(id, 0, 1, title);
    }

    /// <summary>Places a pending section bookmark at the cursor, where the first item of its section is being added.</summary>
    private void PlacePendingBookmark(LayoutPage page)
    {
        var bookmark = _pendingBookmark!;
        _pendingBookmark = null;
        page.Items.Add(bookmark with { Y = _y });
    }

    /// <summary>The first line of the section's first paragraph (up to a line break), shortened to a bookmark's length.</summary>
    private static string SectionTitle(IReadOnlyList<Block> blocks)
    {
        foreach (var block in BlockTree.Descendants(blocks))
        {
            if (block is not Document.Paragraph paragraph) continue;
            var line = new System.Text.StringBuilder();
            FirstLine(paragraph.Inlines, line);
            var text = string.Join(' ', line.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (text.Length == 0) continue;
            return text.Length <= BookmarkTitleLength ? text : text[..(BookmarkTitleLength - 1)].TrimEnd() + "\u2026";
        }

        return "";
    }

    /// <summary>Appends the inlines' text up to the first line break, however deep (a fact tag may wrap the whole paragraph); false once it is met.</summary>
    private static bool FirstLine(IEnumerable<Inline> inlines, System.Text.StringBuilder line)
    {
        foreach (var inline in inlines)
        {
            var more = inline switch
            {
                LineBreak => false,
                Strong s => FirstLine(s.Children, line),
                Emphasis e => FirstLine(e.Children, line),
                Underline u => FirstLine(u.Children, line),
                InternalLink l => FirstLine(l.Children, line),
                WebAddress w => FirstLine(w.Children, line),
                TaggedText t => FirstLine(t.Children, line),
                _ => Append(PlainText([inline])),
            };
            if (!more) return false;
        }

        return true;

        bool Append(string text)
        {
            line.Append(text);
            return true;
        }
    }
}
