using System.Globalization;
using System.Text;

namespace FilingForge.Templating.Tables;

/// <summary>Writes the lines of an <c>~~~ ff-table</c> block (docs/filingforge-markdown.md). Cell texts arrive escaped.</summary>
public sealed class FfTableBuilder
{
    private readonly StringBuilder _sb = new();

    public FfTableBuilder(string id, string caption)
    {
        _sb.Append("~~~ ff-table id=").Append(id).Append('\n');
        if (caption.Length > 0) _sb.Append("caption: ").Append(MarkdownEscaper.Escape(caption)).Append('\n');
    }

    public void Column(string key, string kind, string align, decimal weight) =>
        _sb.Append("column: ").Append(key).Append(' ').Append(kind).Append(' ').Append(align).Append(' ')
            .Append(weight.ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');

    public void Header(IEnumerable<Cell> cells) => Line("header: ", cells);

    public void Row(int keepGroup, IEnumerable<Cell> cells) =>
        Line("row " + keepGroup.ToString(CultureInfo.InvariantCulture) + ": ", cells);

    public void Total(IEnumerable<Cell> cells) => Line("total: ", cells);

    public void Note(string marker, string markdown) =>
        _sb.Append("note ").Append(marker).Append(": ").Append(markdown).Append('\n');

    public override string ToString() => _sb + "~~~";

    private void Line(string prefix, IEnumerable<Cell> cells)
    {
        _sb.Append(prefix).Append(string.Join(" | ", cells.Select(c => c.ToMarkdown()))).Append('\n');
    }

    /// <summary>One cell: escaped inline Markdown plus the spans and alignment that differ from the defaults.</summary>
    public sealed record Cell(string Markdown, int RowSpan = 1, int ColSpan = 1, string? Align = null)
    {
        public string ToMarkdown()
        {
            var attributes = new List<string>();
            if (RowSpan > 1) attributes.Add("rowspan=" + RowSpan.ToString(CultureInfo.InvariantCulture));
            if (ColSpan > 1) attributes.Add("colspan=" + ColSpan.ToString(CultureInfo.InvariantCulture));
            if (Align is not null) attributes.Add("align=" + Align);
            if (attributes.Count == 0) return Markdown;
            return (Markdown.Length > 0 ? Markdown + " " : "") + "{" + string.Join(' ', attributes) + "}";
        }
    }
}
