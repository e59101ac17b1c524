namespace FilingForge.Document;

/// <summary>
/// A fully resolved table: spans, alignment and header rows are decided once here, so that every writer renders
/// the same table. Rows list only the cells that start at that row; a cell with <see cref="TableCell.RowSpan"/> &gt; 1
/// covers the positions below it (HTML semantics). <see cref="TableGrid"/> expands this for writers that need it.
/// </summary>
public sealed record Table(
    string Id,
    IReadOnlyList<Inline> Caption,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> HeaderRows,
    IReadOnlyList<TableRow> BodyRows,
    IReadOnlyList<TableFootnote> Footnotes) : Block
{
    /// <summary>The most body rows a table may have and still be kept on one page by the paged writers.</summary>
    public const int KeptWholeRows = 8;

    /// <summary>
    /// A short table is never split across pages (PDF and Word alike): split, it strands a row or two of a handful from
    /// the rest (a fee table of six rows split 2/4). A longer one splits between its keep groups, its header repeated.
    /// </summary>
    public bool KeptWhole => BodyRows.Count <= KeptWholeRows;
}

public enum ColumnKind
{
    Text,
    Number,
    Money,
    Percent,
    Date,
}

/// <summary>A column: <see cref="RelativeWidth"/> is a weight, the writers turn weights into widths.</summary>
public sealed record TableColumn(string Key, ColumnKind Kind, TextAlignment Alignment, decimal RelativeWidth);

public enum RowKind
{
    Body,
    /// <summary>A total line: a rule above it.</summary>
    Total,
}

/// <summary>
/// A row. Rows with the same non-zero <see cref="KeepGroup"/> belong together (one person's years) and are not
/// split across pages.
/// </summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, int KeepGroup = 0, RowKind Kind = RowKind.Body);

public sealed record TableCell(IReadOnlyList<Inline> Inlines, TextAlignment Alignment = TextAlignment.Left, int ColSpan = 1, int RowSpan = 1);

public sealed record TableFootnote(string Marker, IReadOnlyList<Inline> Inlines);
