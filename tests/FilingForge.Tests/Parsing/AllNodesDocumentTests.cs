using FilingForge.Document;
using FilingForge.Parsing;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Parsing;

public class AllNodesDocumentTests
{
    [Fact]
    public void All_nodes_document_parses_without_diagnostics_to_the_expected_tree() =>
        Snapshot.Verify(IrDump.Write(AllNodesDocument.Load()));

    /// <summary>
    /// Markdown has no syntax for an Inline XBRL tag (the Template stage adds tags from the profile), so the tag kinds
    /// come from the document tagged throughout, which the writers' tests render too.
    /// </summary>
    [Fact]
    public void All_nodes_document_uses_every_block_and_inline_kind_of_the_ir_but_the_tags_which_tagging_it_adds()
    {
        var kinds = new HashSet<Type>();
        Walk(AllNodesDocument.Load().Blocks, kinds);
        var irTypes = typeof(Block).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (t.IsSubclassOf(typeof(Block)) || t.IsSubclassOf(typeof(Inline))))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        Assert.Equal([nameof(TaggedBlocks), nameof(TaggedText)], irTypes.Where(t => !kinds.Contains(t)).Select(t => t.Name));

        Walk(TaggedDocuments.TagEverything(AllNodesDocument.Load()).Blocks, kinds);
        Assert.Empty(irTypes.Where(t => !kinds.Contains(t)).Select(t => t.Name));
    }

    private static void Walk(IEnumerable<Block> blocks, HashSet<Type> kinds)
    {
        foreach (var block in blocks)
        {
            kinds.Add(block.GetType());
            switch (block)
            {
                case Heading h: Walk(h.Inlines, kinds); break;
                case Paragraph p: Walk(p.Inlines, kinds); break;
                case ListBlock l: foreach (var item in l.Items) Walk(item, kinds); break;
                case Section s: Walk(s.Blocks, kinds); break;
                case TaggedBlocks t: Walk(t.Blocks, kinds); break;
                case CheckboxLine c: foreach (var box in c.Boxes) Walk(box.Label, kinds); break;
                case Table t: WalkTable(t, kinds); break;
                case Chart c: WalkTable(c.DataTable, kinds); break;
            }
        }
    }

    private static void WalkTable(Table table, HashSet<Type> kinds)
    {
        Walk(table.Caption, kinds);
        foreach (var row in table.HeaderRows.Concat(table.BodyRows))
        foreach (var cell in row.Cells) Walk(cell.Inlines, kinds);
        foreach (var note in table.Footnotes) Walk(note.Inlines, kinds);
    }

    private static void Walk(IEnumerable<Inline> inlines, HashSet<Type> kinds)
    {
        foreach (var inline in inlines)
        {
            kinds.Add(inline.GetType());
            switch (inline)
            {
                case Strong s: Walk(s.Children, kinds); break;
                case Emphasis e: Walk(e.Children, kinds); break;
                case Underline u: Walk(u.Children, kinds); break;
                case InternalLink l: Walk(l.Children, kinds); break;
                case WebAddress w: Walk(w.Children, kinds); break;
                case TaggedText t: Walk(t.Children, kinds); break;
            }
        }
    }
}
