using FilingForge.Document;

namespace FilingForge.Tests.Support;

/// <summary>
/// Rewrites every list of blocks and every list of inlines of a document, innermost first, wherever they sit (sections,
/// list items, tagged blocks, table captions, cells and footnotes, inside emphasis, links and tagged text).
/// </summary>
public sealed class DocumentRewriter(Func<IReadOnlyList<Block>, IReadOnlyList<Block>> blocks, Func<IReadOnlyList<Inline>, IReadOnlyList<Inline>> inlines)
{
    public FilingDocument Rewrite(FilingDocument document) => document with { Blocks = Blocks(document.Blocks) };

    private IReadOnlyList<Block> Blocks(IReadOnlyList<Block> list) => blocks(list.Select(Block).ToArray());

    private Block Block(Block block) => block switch
    {
        Heading h => h with { Inlines = Inlines(h.Inlines) },
        Paragraph p => p with { Inlines = Inlines(p.Inlines) },
        ListBlock l => l with { Items = l.Items.Select(Blocks).ToArray() },
        CheckboxLine c => c with { Boxes = c.Boxes.Select(b => b with { Label = Inlines(b.Label) }).ToArray() },
        Section s => s with { Blocks = Blocks(s.Blocks) },
        TaggedBlocks t => t with { Blocks = Blocks(t.Blocks) },
        Table t => Table(t),
        Chart c => c with { DataTable = Table(c.DataTable) },
        _ => block,
    };

    private Table Table(Table table) => table with
    {
        Caption = Inlines(table.Caption),
        HeaderRows = table.HeaderRows.Select(Row).ToArray(),
        BodyRows = table.BodyRows.Select(Row).ToArray(),
        Footnotes = table.Footnotes.Select(n => n with { Inlines = Inlines(n.Inlines) }).ToArray(),
    };

    private TableRow Row(TableRow row) => row with { Cells = row.Cells.Select(c => c with { Inlines = Inlines(c.Inlines) }).ToArray() };

    private IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> list) => inlines(list.Select(Inline).ToArray());

    private Inline Inline(Inline inline) => inline switch
    {
        Strong s => s with { Children = Inlines(s.Children) },
        Emphasis e => e with { Children = Inlines(e.Children) },
        Underline u => u with { Children = Inlines(u.Children) },
        InternalLink l => l with { Children = Inlines(l.Children) },
        WebAddress w => w with { Children = Inlines(w.Children) },
        TaggedText t => t with { Children = Inlines(t.Children) },
        _ => inline,
    };
}
