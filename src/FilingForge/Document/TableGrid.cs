namespace FilingForge.Document;

/// <summary>
/// The positions of a table's rows laid out on its column grid. For each row and column it tells which cell
/// starts there, or which cell covers it from the left or from above. Writers with explicit merges (Word's
/// gridSpan and vMerge, a PDF table paginator) use this instead of re-deriving spans.
/// </summary>
public sealed class TableGrid
{
    public sealed record Slot(TableCell Cell, int Row, int Column, bool IsOrigin, bool CoveredFromAbove);

    private readonly Slot?[,] _slots;

    public int RowCount { get; }
    public int ColumnCount { get; }

    private TableGrid(Slot?[,] slots)
    {
        _slots = slots;
        RowCount = slots.GetLength(0);
        ColumnCount = slots.GetLength(1);
    }

    public Slot? this[int row, int column] => _slots[row, column];

    public static TableGrid Of(IReadOnlyList<TableRow> rows, int columnCount)
    {
        var slots = new Slot?[rows.Count, columnCount];
        for (var r = 0; r < rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (c < columnCount && slots[r, c] is not null) c++;
                if (c >= columnCount) break;
                for (var dr = 0; dr < cell.RowSpan && r + dr < rows.Count; dr++)
                for (var dc = 0; dc < cell.ColSpan && c + dc < columnCount; dc++)
                    slots[r + dr, c + dc] = new Slot(cell, r, c, dr == 0 && dc == 0, dr > 0);
                c += cell.ColSpan;
            }
        }

        return new TableGrid(slots);
    }
}
