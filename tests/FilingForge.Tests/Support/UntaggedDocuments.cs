using FilingForge.Document;

namespace FilingForge.Tests.Support;

/// <summary>
/// A tagged document as it would be with no tagging: every tag's content in its place, neighbouring text runs joined
/// as the parser joins them, and no Inline XBRL header. What a build of the same data without <c>xbrl.yaml</c> gives.
/// </summary>
public static class UntaggedDocuments
{
    public static FilingDocument Untag(FilingDocument document) => document with { Blocks = Blocks(document.Blocks), InlineXbrl = null };

    private static IReadOnlyList<Block> Blocks(IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => b is TaggedBlocks t ? Blocks(t.Blocks) : [Block(b)]).ToArray();

    private static Block Block(Block block) => block switch
    {
        Heading h => h with { Inlines = Inlines(h.Inlines) },
        Paragraph p => p with { Inlines = Inlines(p.Inlines) },
        ListBlock l => l with { Items = l.Items.Select(Blocks).ToArray() },
        CheckboxLine c => c with { Boxes = c.Boxes.Select(b => b with { Label = Inlines(b.Label) }).ToArray() },
        Section s => s with { Blocks = Blocks(s.Blocks) },
        Table t => Untagged(t),
        Chart c => c with { DataTable = Untagged(c.DataTable) },
        _ => block,
    };

    private static Table Untagged(Table table) => table with
    {
        Caption = Inlines(table.Caption),
        HeaderRows = table.HeaderRows.Select(Untagged).ToArray(),
        BodyRows = table.BodyRows.Select(Untagged).ToArray(),
        Footnotes = table.Footnotes.Select(n => n with { Inlines = Inlines(n.Inlines) }).ToArray(),
    };

    private static TableRow Untagged(TableRow row) => row with { Cells = row.Cells.Select(c => c with { Inlines = Inlines(c.Inlines) }).ToArray() };

    private static IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> inlines) => UntaggedText.Of(inlines).Select(Inline).ToArray();

    private static Inline Inline(Inline inline) => inline switch
    {
        Strong s => s with { Children = Inlines(s.Children) },
        Emphasis e => e with { Children = Inlines(e.Children) },
        Underline u => u with { Children = Inlines(u.Children) },
        InternalLink l => l with { Children = Inlines(l.Children) },
        _ => inline,
    };
}
