using FilingForge.Document;

namespace FilingForge.Writers.Html.Renderers;

/// <summary>A cell placed on the column grid, with its spans clipped to the table.</summary>
public sealed record PlacedCell(TableCell Cell, int Column, int ColSpan, int RowSpan)
{
    /// <summary>The column's share of the table width, written on this cell when the dialect puts widths on cells.</summary>
    public decimal? WidthPercent { get; set; }
}

public sealed record PlacedRow(TableRow Row, IReadOnlyList<PlacedCell> Cells);

/// <summary>
/// Places a table's cells on its column grid once, so the renderer writes only spans that fit: a cell that would
/// overflow the grid or the rows is clipped (with a warning), because browsers and the W3C checker treat such
/// markup differently. Header and body rows are separate row groups: a span never crosses from one to the other.
/// </summary>
public sealed class TableLayout
{
    private TableLayout(int columnCount, IReadOnlyList<PlacedRow> header, IReadOnlyList<PlacedRow> body, IReadOnlyList<decimal> widths)
    {
        ColumnCount = columnCount;
        HeaderRows = header;
        BodyRows = body;
        ColumnWidths = widths;
    }

    public int ColumnCount { get; }
    public IReadOnlyList<PlacedRow> HeaderRows { get; }
    public IReadOnlyList<PlacedRow> BodyRows { get; }
    /// <summary>Percent of the table width per column, from the columns' relative weights.</summary>
    public IReadOnlyList<decimal> ColumnWidths { get; }

    public static TableLayout Of(Table table, Action<string, int, string> clipped)
    {
        var columnCount = table.Columns.Count > 0
            ? table.Columns.Count
            : table.HeaderRows.Concat(table.BodyRows).Select(r => r.Cells.Sum(c => Math.Max(1, c.ColSpan))).DefaultIfEmpty(1).Max();
        var header = Place(table.HeaderRows, columnCount, (row, what) => clipped("header", row, what));
        var body = Place(table.BodyRows, columnCount, (row, what) => clipped("body", row, what));
        var widths = Widths(table.Columns, columnCount);
        AssignCellWidths(header.Concat(body), widths);
        return new TableLayout(columnCount, header, body, widths);
    }

    private static IReadOnlyList<PlacedRow> Place(IReadOnlyList<TableRow> rows, int columnCount, Action<int, string> clipped)
    {
        var taken = new bool[rows.Count, columnCount];
        var placed = new List<PlacedRow>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new List<PlacedCell>();
            var c = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (c < columnCount && taken[r, c]) c++;
                if (c >= columnCount)
                {
                    clipped(r + 1, $"starts beyond the table's {columnCount} columns and is left out");
                    continue;
                }

                var colSpan = 1;
                while (colSpan < Math.Max(1, cell.ColSpan) && c + colSpan < columnCount && !taken[r, c + colSpan]) colSpan++;
                if (colSpan < cell.ColSpan) clipped(r + 1, $"spans {cell.ColSpan} columns but only {colSpan} are free; clipped");
                var rowSpan = Math.Min(Math.Max(1, cell.RowSpan), rows.Count - r);
                if (rowSpan < cell.RowSpan) clipped(r + 1, $"spans {cell.RowSpan} rows but only {rowSpan} remain; clipped");
                for (var dr = 0; dr < rowSpan; dr++)
                for (var dc = 0; dc < colSpan; dc++)
                    taken[r + dr, c + dc] = true;
                cells.Add(new PlacedCell(cell, c, colSpan, rowSpan));
                c += colSpan;
            }

            placed.Add(new PlacedRow(rows[r], cells));
        }

        return placed;
    }

    private static decimal[] Widths(IReadOnlyList<TableColumn> columns, int columnCount)
    {
        var weights = Enumerable.Range(0, columnCount)
            .Select(i => i < columns.Count && columns[i].RelativeWidth > 0 ? columns[i].RelativeWidth : 1m)
            .ToArray();
        var total = weights.Sum();
        return weights.Select(w => decimal.Round(w * 100m / total, 1)).ToArray();
    }

    /// <summary>Gives each column's width to the first cell that occupies that column alone (HTML 3.2 has no &lt;col&gt;).</summary>
    private static void AssignCellWidths(IEnumerable<PlacedRow> rows, IReadOnlyList<decimal> widths)
    {
        var done = new bool[widths.Count];
        foreach (var cell in rows.SelectMany(r => r.Cells))
        {
            if (cell.ColSpan != 1 || done[cell.Column]) continue;
            cell.WidthPercent = widths[cell.Column];
            done[cell.Column] = true;
        }
    }

    /// <summary>
    /// Consecutive body rows of one keep group, for row groups that printing keeps on one page; a single group
    /// when a row span would cross from one keep group into another (a span cannot leave its row group).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<PlacedRow>> KeepGroups()
    {
        var groups = new List<List<PlacedRow>>();
        var groupOfRow = new int[BodyRows.Count];
        for (var r = 0; r < BodyRows.Count; r++)
        {
            if (r == 0 || BodyRows[r].Row.KeepGroup != BodyRows[r - 1].Row.KeepGroup)
                groups.Add([]);
            groups[^1].Add(BodyRows[r]);
            groupOfRow[r] = groups.Count - 1;
        }

        for (var r = 0; r < BodyRows.Count; r++)
        foreach (var cell in BodyRows[r].Cells)
            if (groupOfRow[r + cell.RowSpan - 1] != groupOfRow[r])
                return BodyRows.Count == 0 ? [] : [BodyRows];

        return groups;
    }
}
