using FilingForge.Document;
using FilingForge.Writers.Pdf.Format;

namespace FilingForge.Writers.Pdf.Layout;

public sealed partial class LayoutEngine
{
    private const double CellPadX = 3;
    private const double CellPadY = 1.5;

    private sealed class CellBox(TableCell cell, int row, int column, double x, double width, List<Line> lines, TextAlignment alignment)
    {
        public TableCell Cell { get; } = cell;
        public int Row { get; } = row;
        public int Column { get; } = column;
        public double X { get; } = x;
        public double Width { get; } = width;
        public List<Line> Lines { get; } = lines;
        public TextAlignment Alignment { get; } = alignment;
        /// <summary>Space kept free at the right so decimal points and last digits line up down the column.</summary>
        public double RightInset { get; set; }
    }

    private sealed class RowBox(TableRow row, List<CellBox> cells, bool header)
    {
        public TableRow Row { get; } = row;
        public List<CellBox> Cells { get; } = cells;
        public bool Header { get; } = header;
        public double Height { get; set; }
    }

    /// <summary>Lines a table's cells would be set in, for the paginator's tests and for measurement.</summary>
    private void LayoutTable(Table table)
    {
        var widths = ColumnWidths(table);
        var x = new double[widths.Length + 1];
        x[0] = _left;
        for (var c = 0; c < widths.Length; c++) x[c + 1] = x[c] + widths[c];

        var header = Rows(table, table.HeaderRows, x, header: true);
        var body = Rows(table, table.BodyRows, x, header: false);
        var headerHeight = header.Sum(r => r.Height);
        var units = Units(table.BodyRows);

        var captionLines = table.Caption.Count == 0 ? [] : LineBreaker.Break(Words(table.Caption, _s.Body, _s.BodySize, _s.TextColor, bold: true), Width);
        var firstUnit = units.Count > 0 ? units[0].Sum(r => body[r].Height) : 0;
        var kept = table.KeptWhole ? body.Sum(r => r.Height) : Math.Min(firstUnit, _s.ContentHeight / 2);
        Fit(captionLines.Sum(l => l.Height(_s.Leading)) + headerHeight + kept);
        var tableElement = BeginTableElement();
        if (captionLines.Count > 0)
        {
            var caption = BeginElement(StructureRole.Caption);
            PlaceLines(captionLines, _left, Width, TextAlignment.Center);
            EndElement(caption);
            _y += 2;
        }

        DrawHeader(header, x);
        var warned = false;
        foreach (var unit in units)
        {
            var height = unit.Sum(r => body[r].Height);
            if (height > Remaining + 0.001)
            {
                var capacity = _s.ContentHeight - headerHeight;
                if (height <= capacity || _pageHasContent)
                {
                    NewPage();
                    DrawHeader(header, x);
                }
            }

            foreach (var r in unit)
            {
                if (body[r].Height > Remaining + 0.001 && body[r].Height <= _s.ContentHeight - headerHeight)
                {
                    NewPage();
                    DrawHeader(header, x);
                }

                if (body[r].Height > Remaining + 0.001)
                {
                    if (!warned) Report(PdfDiagnostics.RowTallerThanPage, table.Id);
                    warned = true;
                    DrawSplitRow(body[r], header, x, table.Id);
                }
                else DrawRow(body[r], x);
            }
        }

        EndElement(tableElement);
        _y += 2;
        foreach (var note in table.Footnotes) LayoutTableNote(note);

        SpaceAfterBlock();
    }

    /// <summary>
    /// A table's note, its marker hung in the list indent and its text beside it, every line aligned, as Word sets it
    /// (marker, tab, hanging indent) and the preview (a hanging first line).
    /// </summary>
    private void LayoutTableNote(TableFootnote note)
    {
        var noteElement = BeginElement(StructureRole.Note);
        var style = new TextStyle(_s.Note[false, false], _s.NoteSize, _s.TextColor);
        Fit(2 * LineHeight(_s.NoteSize));
        EmitRun(style, FootnoteMarkerText.Of(note.Marker), _left, _y + _s.NoteSize * 0.8 + _s.Leading / 2, 0);
        _left += ListIndent;
        Paragraph(note.Inlines, _s.Note, _s.NoteSize, _s.TextColor, TextAlignment.Justify);
        _left -= ListIndent;
        EndElement(noteElement);
    }

    private double[] ColumnWidths(Table table)
    {
        var n = table.Columns.Count;
        var minimum = new double[n];
        var natural = new double[n];
        foreach (var (rows, header) in new[] { (table.HeaderRows, true), (table.BodyRows, false) })
        {
            var grid = TableGrid.Of(rows, n);
            for (var r = 0; r < grid.RowCount; r++)
            for (var c = 0; c < n; c++)
            {
                if (grid[r, c] is not { IsOrigin: true } slot || slot.Cell.ColSpan != 1) continue;
                var words = CellWords(slot.Cell, header);
                var space = new TextStyle(_s.Table[false, false], _s.TableSize, _s.TextColor).SpaceWidth;
                minimum[c] = Math.Max(minimum[c], words.Select(w => w.Width).DefaultIfEmpty(0).Max() + 2 * CellPadX);
                var width = words.Sum(w => w.Width) + Math.Max(0, words.Count - 1) * space;
                // Headers wrap readily; body text sets the natural width.
                natural[c] = Math.Max(natural[c], (header ? Math.Min(width, 90) : width) + 2 * CellPadX);
            }
        }

        for (var c = 0; c < n; c++) natural[c] = Math.Max(natural[c], minimum[c]);
        return TableColumnWidths.Compute(minimum, natural, table.Columns.Select(c => (double)c.RelativeWidth).ToList(), Width);
    }

    private List<Word> CellWords(TableCell cell, bool header) => Words(cell.Inlines, _s.Table, _s.TableSize, _s.TextColor, bold: header);

    private List<RowBox> Rows(Table table, IReadOnlyList<TableRow> rows, double[] x, bool header)
    {
        var n = table.Columns.Count;
        var grid = TableGrid.Of(rows, n);
        var boxes = new List<RowBox>();
        for (var r = 0; r < grid.RowCount; r++)
        {
            var cells = new List<CellBox>();
            for (var c = 0; c < n; c++)
            {
                if (grid[r, c] is not { IsOrigin: true } slot) continue;
                var span = Math.Min(slot.Cell.ColSpan, n - c);
                var width = x[c + span] - x[c];
                var lines = LineBreaker.Break(CellWords(slot.Cell, header), Math.Max(1, width - 2 * CellPadX));
                cells.Add(new CellBox(slot.Cell, r, c, x[c], width, lines, AlignmentOf(table.Columns[c], slot.Cell, header)));
            }

            boxes.Add(new RowBox(rows[r], cells, header));
        }

        AlignDecimals(table, boxes);
        foreach (var row in boxes)
            row.Height = row.Cells.Where(c => c.Cell.RowSpan <= 1).Select(CellHeight).DefaultIfEmpty(LineHeight(_s.TableSize) + 2 * CellPadY).Max();
        foreach (var cell in boxes.SelectMany(b => b.Cells).Where(c => c.Cell.RowSpan > 1))
        {
            var last = Math.Min(cell.Row + cell.Cell.RowSpan, boxes.Count) - 1;
            var spanned = boxes.Skip(cell.Row).Take(last - cell.Row + 1).Sum(b => b.Height);
            if (CellHeight(cell) > spanned) boxes[last].Height += CellHeight(cell) - spanned;
        }

        return boxes;
    }

    /// <summary>
    /// Lines numbers up in right-aligned numeric columns: the part after the decimal point (or after the last digit, such
    /// as a closing parenthesis or a percent sign) of every cell is padded to the widest such part in the column.
    /// </summary>
    private void AlignDecimals(Table table, List<RowBox> rows)
    {
        var cells = rows.SelectMany(r => r.Cells)
            .Where(c => c.Cell.ColSpan == 1 && c.Alignment == TextAlignment.Right && c.Lines.Count == 1
                && table.Columns[c.Column].Kind is ColumnKind.Number or ColumnKind.Money or ColumnKind.Percent)
            .ToList();
        var tails = cells.ToDictionary(c => c, c => TailWidth(c));
        foreach (var column in cells.GroupBy(c => c.Column))
        {
            var widest = column.Max(c => tails[c]);
            foreach (var cell in column) cell.RightInset = widest - tails[cell];
        }
    }

    /// <summary>
    /// The width set after a figure's decimal point or last digit: a closing parenthesis, a percent sign, and a
    /// footnote marker, which hangs there instead of pushing the digits out of line with the column's other figures.
    /// </summary>
    private static double TailWidth(CellBox cell)
    {
        double tail = 0;
        var words = cell.Lines[0].Words;
        for (var w = words.Count - 1; w >= 0; w--)
        {
            if (w < words.Count - 1) tail += words[w].SpaceStyle.SpaceWidth;
            for (var a = words[w].Atoms.Count - 1; a >= 0; a--)
            {
                var atom = words[w].Atoms[a];
                var start = atom.Style.Rise > 0 ? -1 : FigureEnd(atom.Text);
                if (start < 0)
                {
                    tail += atom.Width;
                    continue;
                }

                return tail + (start < atom.Text.Length ? atom.Style.Measure(atom.Text[start..]) : 0);
            }
        }

        return 0;
    }

    /// <summary>Where a figure's tail starts in <paramref name="text"/>: its decimal point, or after its last digit; -1 without digits.</summary>
    private static int FigureEnd(string text)
    {
        var point = text.LastIndexOf('.');
        if (point >= 0 && point + 1 < text.Length && char.IsAsciiDigit(text[point + 1])) return point;
        var last = LastDigit(text);
        return last < 0 ? -1 : last + 1;
    }

    private static int LastDigit(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--) if (char.IsAsciiDigit(text[i])) return i;
        return -1;
    }

    private double CellHeight(CellBox cell) => cell.Lines.Sum(l => l.Height(_s.Leading)) + 2 * CellPadY;

    private static TextAlignment AlignmentOf(TableColumn column, TableCell cell, bool header)
    {
        var numeric = column.Kind is ColumnKind.Number or ColumnKind.Money or ColumnKind.Percent;
        if (!header && numeric && cell.Alignment == TextAlignment.Left && cell.ColSpan == 1) return TextAlignment.Right;
        return cell.Alignment == TextAlignment.Justify ? TextAlignment.Left : cell.Alignment;
    }

    /// <summary>Groups of body rows that must stay on one page: rows joined by a row span or by the same keep group.</summary>
    public static List<List<int>> Units(IReadOnlyList<TableRow> rows)
    {
        var units = new List<List<int>>();
        var r = 0;
        while (r < rows.Count)
        {
            var unit = new List<int> { r };
            var end = r + rows[r].Cells.Select(c => Math.Max(1, c.RowSpan)).DefaultIfEmpty(1).Max() - 1;
            while (unit[^1] + 1 < rows.Count)
            {
                var next = unit[^1] + 1;
                var sameGroup = rows[next].KeepGroup != 0 && rows[next].KeepGroup == rows[unit[^1]].KeepGroup;
                if (next > end && !sameGroup) break;
                unit.Add(next);
                end = Math.Max(end, next + rows[next].Cells.Select(c => Math.Max(1, c.RowSpan)).DefaultIfEmpty(1).Max() - 1);
            }

            units.Add(unit);
            r = unit[^1] + 1;
        }

        return units;
    }

    private void DrawHeader(List<RowBox> header, double[] x)
    {
        if (header.Count == 0) return;
        var copy = BeginHeaderCopy();
        var height = header.Sum(r => r.Height);
        if (_s.TableHeaderBackground != PdfColor.White)
            Add(new BoxItem(x[0], _y, x[^1] - x[0], height, 0, null, _s.TableHeaderBackground));
        foreach (var row in header) DrawRow(row, x);
        Add(new RuleItem(x[0], _y, x[^1], _y, _s.RuleWidth, _s.RuleColor));
        EndHeaderCopy(copy);
    }

    private void DrawRow(RowBox row, double[] x)
    {
        if (row.Row.Kind == RowKind.Total) Add(new RuleItem(x[0], _y, x[^1], _y, _s.RuleWidth, _s.RuleColor));
        var rowElement = BeginElement(StructureRole.TableRow);
        foreach (var cell in row.Cells)
        {
            var cellElement = CellElement(row, cell, rowElement);
            ResumeElement(cellElement);
            DrawLines(cell.Lines, cell.X + CellPadX, cell.Width - 2 * CellPadX - cell.RightInset, cell.Alignment, _y + CellPadY);
            EndElement(cellElement);
        }

        EndElement(rowElement);
        _y += row.Height;
        _pageHasContent = true;
    }

    /// <summary>
    /// A row taller than a page: its cells' lines continue on the next page under repeated headers. Each pass on a new
    /// page must place a line; one that places none (a header that fills the page) would repeat forever, so it is
    /// reported and the rest of the row is dropped from a build that now fails.
    /// </summary>
    private void DrawSplitRow(RowBox row, List<RowBox> header, double[] x, string tableId)
    {
        var next = row.Cells.ToDictionary(c => c, _ => 0);
        // One row element and one element per cell however many pages the row runs over: each page's lines of a
        // cell return to its element.
        var rowElement = BeginElement(StructureRole.TableRow);
        var cellElements = row.Cells.ToDictionary(c => c, c => CellElement(row, c, rowElement));
        var onNewPage = false;
        while (next.Any(kv => kv.Value < kv.Key.Lines.Count))
        {
            double used = 0;
            var placed = 0;
            foreach (var cell in row.Cells)
            {
                var take = new List<Line>();
                double height = 0;
                while (next[cell] < cell.Lines.Count && height + cell.Lines[next[cell]].Height(_s.Leading) <= Remaining - 2 * CellPadY)
                {
                    height += cell.Lines[next[cell]].Height(_s.Leading);
                    take.Add(cell.Lines[next[cell]++]);
                }

                if (take.Count == 0 && next[cell] < cell.Lines.Count && !_pageHasContent) take.Add(cell.Lines[next[cell]++]);
                ResumeElement(cellElements[cell]);
                DrawLines(take, cell.X + CellPadX, cell.Width - 2 * CellPadX, cell.Alignment, _y + CellPadY);
                ResumeElement(rowElement);
                used = Math.Max(used, height + 2 * CellPadY);
                placed += take.Count;
            }

            if (placed == 0 && onNewPage)
            {
                Report(PdfDiagnostics.NoRoomBelowHeader, tableId);
                EndRowElements(rowElement, cellElements.Values);
                return;
            }

            _y += used;
            _pageHasContent = true;
            if (next.Any(kv => kv.Value < kv.Key.Lines.Count))
            {
                NewPage();
                DrawHeader(header, x);
                onNewPage = true;
            }
        }

        EndRowElements(rowElement, cellElements.Values);
    }

    /// <summary>Draws lines from <paramref name="top"/> without moving the cursor.</summary>
    private void DrawLines(IEnumerable<Line> lines, double x, double width, TextAlignment alignment, double top)
    {
        var saved = _y;
        _y = top;
        foreach (var line in lines) PlaceLine(line, x, width, alignment);
        _y = saved;
    }

    private void Report(Diagnostics.DiagnosticDescriptor descriptor, params object?[] args) => Findings.Add((descriptor, args));

    /// <summary>Layout warnings and errors of this pass; the writer reports those of the final pass.</summary>
    public List<(Diagnostics.DiagnosticDescriptor Descriptor, object?[] Args)> Findings { get; } = new();
}
