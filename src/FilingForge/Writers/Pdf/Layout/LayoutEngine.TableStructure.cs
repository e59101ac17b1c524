namespace FilingForge.Writers.Pdf.Layout;

public sealed partial class LayoutEngine
{
    /// <summary>Whether the table being laid out has placed its header rows once: later copies (on continuation pages) are artifacts.</summary>
    private bool _tableHeaderPlaced;

    private StructureElement BeginTableElement()
    {
        _tableHeaderPlaced = false;
        return BeginElement(StructureRole.Table);
    }

    /// <summary>
    /// The header rows are read once, where the table starts; the copies repeated at the top of each continuation page
    /// are pagination artifacts. Returns the artifact to end after the header, or null for the first placing.
    /// </summary>
    private StructureElement? BeginHeaderCopy()
    {
        if (!_tableHeaderPlaced)
        {
            _tableHeaderPlaced = true;
            return null;
        }

        return BeginArtifact();
    }

    private void EndHeaderCopy(StructureElement? artifact)
    {
        if (artifact is not null) EndElement(artifact);
    }

    /// <summary>A cell's element: a header row's cells are column headers (<c>TH</c>), the rest data cells.</summary>
    private StructureElement CellElement(RowBox row, CellBox cell, StructureElement rowElement)
    {
        var role = row.Header ? StructureRole.TableHeaderCell : StructureRole.TableDataCell;
        return new StructureElement(role, rowElement) { ColumnSpan = Math.Max(1, cell.Cell.ColSpan), RowSpan = Math.Max(1, cell.Cell.RowSpan) };
    }

    /// <summary>Ends a split row's cells, in their order in the row, then the row.</summary>
    private void EndRowElements(StructureElement row, IEnumerable<StructureElement> cells)
    {
        foreach (var cell in cells) EndElement(cell);
        EndElement(row);
    }
}
