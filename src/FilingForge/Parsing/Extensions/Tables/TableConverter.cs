using System.Globalization;
using FilingForge.Document;
using Markdig.Syntax;

namespace FilingForge.Parsing.Extensions.Tables;

/// <summary>
/// <c>~~~ ff-table</c> → <see cref="Table"/>. Every line is checked: unknown lines, columns and cell attributes are
/// reported, and the header rows and the body rows must each fill the columns exactly once spans are applied.
/// </summary>
internal sealed class TableConverter
{
    private readonly ParseContext _context;
    private readonly List<TableColumn> _columns = new();
    private readonly List<PendingRow> _header = new();
    private readonly List<PendingRow> _body = new();
    private readonly List<TableFootnote> _notes = new();
    private IReadOnlyList<Inline> _caption = Array.Empty<Inline>();

    /// <summary>A row as written, resolved into cells once all columns are known (default alignments come from them).</summary>
    private sealed record PendingRow(int Line, List<CellSyntax> Cells, int KeepGroup, RowKind Kind);

    public TableConverter(ParseContext context)
    {
        _context = context;
    }

    public Table Convert(FencedCodeBlock block)
    {
        var wantedId = FencedLines.Argument(block, "id");
        var id = wantedId is null ? _context.Ids.Claim("table") : _context.ClaimExplicitId(wantedId, block.Line);
        foreach (var line in FencedLines.Of(block)) Read(line);

        if (_columns.Count == 0) _context.Report(ParseDiagnostics.TableNoColumns, block.Line, id);
        var header = Resolve(_header, "header");
        var body = Resolve(_body, "body");
        return new Table(id, _caption, _columns, header, body, _notes);
    }

    private void Read(FencedLines.Line line)
    {
        switch (line.Keyword, line.Argument)
        {
            case ("caption", null):
                _caption = InlineFragments.Parse(_context, line.Rest, line.Number);
                break;
            case ("column", null):
                ReadColumn(line);
                break;
            case ("header", null):
                _header.Add(new PendingRow(line.Number, CellSyntax.ParseRow(_context, line.Rest, line.Number), 0, RowKind.Body));
                break;
            case ("total", null):
                _body.Add(new PendingRow(line.Number, CellSyntax.ParseRow(_context, line.Rest, line.Number), 0, RowKind.Total));
                break;
            case ("row", { } group) when int.TryParse(group, NumberStyles.None, CultureInfo.InvariantCulture, out var keepGroup):
                _body.Add(new PendingRow(line.Number, CellSyntax.ParseRow(_context, line.Rest, line.Number), keepGroup, RowKind.Body));
                break;
            case ("note", { } marker):
                _notes.Add(new TableFootnote(MarkdownEscapes.Unescape(marker), InlineFragments.Parse(_context, line.Rest, line.Number)));
                break;
            default:
                _context.Report(ParseDiagnostics.TableUnknownLine, line.Number, line.Text);
                break;
        }
    }

    private void ReadColumn(FencedLines.Line line)
    {
        var words = line.Rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 3 or > 4)
        {
            InvalidColumn(line, words.FirstOrDefault() ?? "", "expected 'column: KEY KIND ALIGN WEIGHT'");
            return;
        }

        var kind = TableSyntax.Kind(words[1]);
        var alignment = TableSyntax.Alignment(words[2]);
        var weight = 1m;
        if (kind is null) InvalidColumn(line, words[0], $"kind '{words[1]}' is not text, number, money, percent or date");
        if (alignment is null) InvalidColumn(line, words[0], $"alignment '{words[2]}' is not left, center or right");
        if (words.Length == 4 && !(decimal.TryParse(words[3], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out weight) && weight > 0))
        {
            InvalidColumn(line, words[0], $"weight '{words[3]}' is not a positive number");
            weight = 1m;
        }

        _columns.Add(new TableColumn(words[0], kind ?? ColumnKind.Text, alignment ?? TextAlignment.Left, weight));
    }

    private void InvalidColumn(FencedLines.Line line, string key, string problem) =>
        _context.Report(ParseDiagnostics.TableInvalidColumn, line.Number, key, problem);

    private List<TableRow> Resolve(List<PendingRow> pending, string part)
    {
        // Lay the rows out once to learn where each cell starts, so a cell without align= takes its column's.
        var draft = pending.Select(row => new TableRow(
            row.Cells.Select(c => new TableCell(Array.Empty<Inline>(), TextAlignment.Left, c.ColSpan, c.RowSpan)).ToArray(),
            row.KeepGroup, row.Kind)).ToList();
        var shape = new TableShape(draft, _columns.Count);
        var rows = new List<TableRow>();
        for (var r = 0; r < pending.Count; r++)
        {
            var row = pending[r];
            var cells = row.Cells.Select((cell, i) => new TableCell(
                InlineFragments.Parse(_context, cell.Markdown, row.Line),
                cell.Alignment ?? DefaultAlignment(shape.StartColumn(r, i)),
                cell.ColSpan,
                cell.RowSpan)).ToArray();
            rows.Add(new TableRow(cells, row.KeepGroup, row.Kind));
        }

        if (_columns.Count > 0) shape.Report(_context, pending.Select(p => p.Line).ToList(), part);
        return rows;
    }

    private TextAlignment DefaultAlignment(int column) =>
        column >= 0 && column < _columns.Count ? _columns[column].Alignment : TextAlignment.Left;
}
