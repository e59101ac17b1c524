using System.Globalization;
using FilingForge.Document;

namespace FilingForge.Review.Diff;

/// <summary>
/// A document into its <see cref="FlatBlock"/>s in reading order. The top-level sections are the headings of the
/// highest level used more than once (a single title heading above them is not a section of its own).
/// </summary>
public static class DocumentFlattener
{
    public const string BeforeFirstSection = "(opening pages)";

    public static IReadOnlyList<FlatBlock> Flatten(FilingDocument document)
    {
        var walker = new Walker(SectionLevel(document.Blocks));
        walker.Walk(document.Blocks, depth: 0);
        return walker.Blocks;
    }

    /// <summary>
    /// The smallest heading level used at least <see cref="SectionsAtLeast"/> times: in the proxy statement the few
    /// level-1 parts (notice, statement, appendix) are above the sections a reviewer navigates by.
    /// </summary>
    private static int SectionLevel(IReadOnlyList<Block> blocks)
    {
        var counts = Headings(blocks).GroupBy(h => h.Level).OrderBy(g => g.Key).ToArray();
        if (counts.Length == 0) return 1;
        return counts.FirstOrDefault(g => g.Count() >= SectionsAtLeast)?.Key ?? counts[0].Key;
    }

    private const int SectionsAtLeast = 4;

    private static IEnumerable<Heading> Headings(IEnumerable<Block> blocks) => BlockTree.Descendants(blocks).OfType<Heading>();

    private sealed class Walker(int sectionLevel)
    {
        private string _section = BeforeFirstSection;
        private string _lastHeading = "";

        public List<FlatBlock> Blocks { get; } = new();

        public void Walk(IEnumerable<Block> blocks, int depth)
        {
            foreach (var block in blocks) Add(block, depth);
        }

        private void Add(Block block, int depth)
        {
            switch (block)
            {
                case Heading h:
                    var tokens = InlineTokenizer.Tokenize(h.Inlines);
                    _lastHeading = InlineTokenizer.PlainText(tokens);
                    if (h.Level <= sectionLevel) _section = _lastHeading;
                    Leaf(FlatKind.Heading, h.Level, "", tokens);
                    break;
                case Paragraph p:
                    Blocks.Add(new FlatBlock(FlatKind.Paragraph, depth, "", InlineTokenizer.Tokenize(p.Inlines), null, "", _section, p.Role));
                    break;
                case ListBlock list:
                    AddList(list, depth);
                    break;
                case Section s:
                    Walk(s.Blocks, depth);
                    break;
                case TaggedBlocks t:
                    // A tag is not a change a reviewer reads: the tagged blocks compare as if it were not there.
                    Walk(t.Blocks, depth);
                    break;
                case PageBreak:
                    Leaf(FlatKind.PageBreak, depth, "", []);
                    break;
                case TableOfContents toc:
                    foreach (var e in toc.Entries) Leaf(FlatKind.TocEntry, e.Level, "", InlineTokenizer.Tokenize(e.Text));
                    break;
                case CheckboxLine boxes:
                    Leaf(FlatKind.Checkboxes, depth, "", boxes.Boxes.SelectMany(BoxTokens).ToArray());
                    break;
                case SignatureBlock signature:
                    foreach (var line in signature.Lines)
                        Leaf(FlatKind.Signature, depth, "", InlineTokenizer.Tokenize(line.Value is null ? line.Label : $"{line.Label}: {line.Value}"));
                    break;
                case DetachLine detach:
                    Leaf(FlatKind.DetachLine, depth, "", InlineTokenizer.Tokenize(detach.Label));
                    break;
                case Table table:
                    AddTable(table, InlineTokenizer.PlainText(InlineTokenizer.Tokenize(table.Caption)));
                    break;
                case Chart chart:
                    AddTable(chart.DataTable, chart.Title);
                    break;
            }
        }

        private void AddList(ListBlock list, int depth)
        {
            for (var k = 0; k < list.Items.Count; k++)
            {
                var marker = list.Ordered ? (list.Start + k).ToString(CultureInfo.InvariantCulture) + "." : "•";
                var item = BlockTree.Untagged(list.Items[k]);
                var first = item.Count > 0 && item[0] is Paragraph p ? p : null;
                Leaf(FlatKind.ListItem, depth + 1, marker, first is null ? [] : InlineTokenizer.Tokenize(first.Inlines));
                Walk(first is null ? item : item.Skip(1), depth + 1);
            }
        }

        private void AddTable(Table table, string caption)
        {
            var title = caption.Length > 0 ? caption : _lastHeading.Length > 0 ? _lastHeading : table.Id;
            Blocks.Add(new FlatBlock(FlatKind.Table, 0, "", [], table, title, _section));
        }

        private void Leaf(FlatKind kind, int level, string prefix, IReadOnlyList<DiffToken> tokens) =>
            Blocks.Add(new FlatBlock(kind, level, prefix, tokens, null, "", _section));

        private static IEnumerable<DiffToken> BoxTokens(Checkbox box) =>
            [new DiffToken(box.Checked ? "☒" : "☐", TokenStyle.None), new DiffToken(" ", TokenStyle.None),
             .. InlineTokenizer.Tokenize(box.Label), new DiffToken("   ", TokenStyle.None)];
    }
}
