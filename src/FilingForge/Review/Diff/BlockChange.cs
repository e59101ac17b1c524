namespace FilingForge.Review.Diff;

/// <summary>
/// One leaf of the compared document, in the new document's order with deleted blocks where they stood.
/// <see cref="Segments"/> is the word diff of a text block (all kept, all inserted or all deleted unless modified);
/// <see cref="Table"/> the cell diff of a table.
/// </summary>
public sealed record BlockChange(
    ChangeKind Kind,
    FlatBlock? Old,
    FlatBlock? New,
    IReadOnlyList<TextSegment> Segments,
    TableChanges? Table)
{
    public FlatBlock Block => New ?? Old!;

    public string Section => Block.Section;

    public bool IsChange => Kind != ChangeKind.Same;
}
