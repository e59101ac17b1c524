using FilingForge.Document;

namespace FilingForge.Parsing.Extensions.Tables;

/// <summary>
/// Rows laid out on the column grid by <see cref="TableGrid"/>: where each cell starts, and whether every row fills
/// the columns exactly (no gap, no cell pushed past the last column, no row span past the last row).
/// </summary>
internal sealed class TableShape
{
    private readonly IReadOnlyList<TableRow> _rows;
    private readonly int _columnCount;
    private readonly TableGrid _grid;
    private readonly List<List<int>> _starts = new();

    public TableShape(IReadOnlyList<TableRow> rows, int columnCount)
    {
        _rows = rows;
        _columnCount = columnCount;
        _grid = TableGrid.Of(rows, columnCount);
        for (var r = 0; r < rows.Count; r++)
        {
            var starts = new List<int>();
            for (var c = 0; c < columnCount; c++)
            {
                if (_grid[r, c] is { IsOrigin: true }) starts.Add(c);
            }

            _starts.Add(starts);
        }
    }

    /// <summary>The column where cell <paramref name="cell"/> of row <paramref name="row"/> starts, or -1 if it does not fit.</summary>
    public int StartColumn(int row, int cell) => cell < _starts[row].Count ? _starts[row][cell] : -1;

    public void Report(ParseContext context, IReadOnlyList<int> lines, string part)
    {
        for (var r = 0; r < _rows.Count; r++)
        {
            var filled = CoveredFromAbove(r) + _rows[r].Cells.Sum(c => c.ColSpan);
            if (filled != _columnCount) context.Report(ParseDiagnostics.TableRowWidth, lines[r], part, filled, _columnCount);

            foreach (var cell in _rows[r].Cells.Where(c => r + c.RowSpan > _rows.Count))
                context.Report(ParseDiagnostics.TableRowSpanOverflow, lines[r], cell.RowSpan, _rows.Count - r, part);
        }
    }

    /// <summary>Positions of row <paramref name="row"/> taken by cells of the rows above, counted on the grid.</summary>
    private int CoveredFromAbove(int row)
    {
        var covered = 0;
        for (var c = 0; c < _columnCount; c++)
        {
            if (_grid[row, c] is { CoveredFromAbove: true }) covered++;
        }

        return covered;
    }
}
