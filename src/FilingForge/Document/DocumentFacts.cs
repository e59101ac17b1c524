namespace FilingForge.Document;

/// <summary>
/// Every fact tag of a document in document order: on blocks, and on printed text wherever it sits (sections, list
/// items, table captions, cells and footnotes, inside emphasis or links, inside a tagged block).
/// </summary>
public static class DocumentFacts
{
    public static IEnumerable<FactTag> Tags(FilingDocument document) => Blocks(document.Blocks);

    /// <summary>The hidden facts of the header first, then <see cref="Tags"/>.</summary>
    public static IEnumerable<FactTag> WithHidden(FilingDocument document) =>
        (document.InlineXbrl?.Hidden.Select(fact => fact.Tag) ?? []).Concat(Tags(document));

    private static IEnumerable<FactTag> Blocks(IEnumerable<Block> blocks) => blocks.SelectMany(Block);

    private static IEnumerable<FactTag> Block(Block block) => block switch
    {
        TaggedBlocks tagged => Blocks(tagged.Blocks).Prepend(tagged.Tag),
        Section section => Blocks(section.Blocks),
        ListBlock list => list.Items.SelectMany(Blocks),
        Heading heading => Inlines(heading.Inlines),
        Paragraph paragraph => Inlines(paragraph.Inlines),
        Table table => TableInlines(table).SelectMany(Inlines),
        Chart chart => TableInlines(chart.DataTable).SelectMany(Inlines),
        CheckboxLine line => line.Boxes.SelectMany(b => Inlines(b.Label)),
        _ => [],
    };

    private static IEnumerable<IReadOnlyList<Inline>> TableInlines(Table table) =>
        table.HeaderRows.Concat(table.BodyRows).SelectMany(r => r.Cells).Select(c => c.Inlines)
            .Prepend(table.Caption).Concat(table.Footnotes.Select(n => n.Inlines));

    private static IEnumerable<FactTag> Inlines(IEnumerable<Inline> inlines) => inlines.SelectMany(Inline);

    private static IEnumerable<FactTag> Inline(Inline inline) => inline switch
    {
        TaggedText tagged => Inlines(tagged.Children).Prepend(tagged.Tag),
        Strong s => Inlines(s.Children),
        Emphasis e => Inlines(e.Children),
        Underline u => Inlines(u.Children),
        InternalLink l => Inlines(l.Children),
        WebAddress w => Inlines(w.Children),
        _ => [],
    };
}
