using FilingForge.Document;

namespace FilingForge.Review.Diff;

/// <summary>A table compared cell by cell: rows matched by <see cref="RowChange.Key"/>, columns by <see cref="TableColumn.Key"/>.</summary>
public sealed record TableChanges(
    string Title,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<string> ColumnLabels,
    IReadOnlyList<RowChange> HeaderRows,
    IReadOnlyList<RowChange> BodyRows,
    IReadOnlyList<string> InsertedColumns,
    IReadOnlyList<string> DeletedColumns,
    IReadOnlyList<BlockChange> Footnotes)
{
    public IEnumerable<RowChange> Rows => HeaderRows.Concat(BodyRows);

    public bool HasChanges =>
        InsertedColumns.Count > 0 || DeletedColumns.Count > 0 ||
        Rows.Any(r => r.Kind != ChangeKind.Same) || Footnotes.Any(f => f.Kind != ChangeKind.Same);
}

/// <summary>A row of the compared table: one entry per column of the table it is drawn from (the new one, or the old one for a deleted row).</summary>
public sealed record RowChange(ChangeKind Kind, string Key, string Label, RowKind RowKind, IReadOnlyList<CellChange> Cells);

public enum CellState
{
    Same,
    Changed,
    Inserted,
    Deleted,
    /// <summary>Covered from above by a cell with a row span: drawn as an empty cell in the blackline.</summary>
    CoveredFromAbove,
    /// <summary>Covered from the left by a cell with a column span: not drawn.</summary>
    CoveredFromLeft,
}

public sealed record CellChange(
    CellState State,
    string ColumnLabel,
    TableCell? Old,
    TableCell? New,
    IReadOnlyList<TextSegment> Segments)
{
    public TableCell? Cell => New ?? Old;

    public string OldText => Old is null ? "" : TableText.Value(Old);

    public string NewText => New is null ? "" : TableText.Value(New);

    public IReadOnlyList<string> OldMarkers => Old is null ? [] : TableText.Markers(Old);

    public IReadOnlyList<string> NewMarkers => New is null ? [] : TableText.Markers(New);
}
