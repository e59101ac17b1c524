using System.Globalization;
using System.Text;
using FilingForge.Document;

namespace FilingForge.Parsing;

/// <summary>
/// A text dump of the IR, one line per node (kind, attributes, quoted text), indented by depth. Tests snapshot it,
/// so that a change in how Markdown becomes IR shows as a readable diff.
/// </summary>
public static class IrDump
{
    public static string Write(FilingDocument document)
    {
        var sb = new StringBuilder();
        var p = document.Properties;
        Line(sb, 0, $"Document {Quote(document.Name)} title={Quote(p.Title)} date={p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} preliminary={p.Preliminary}");
        foreach (var block in document.Blocks) WriteBlock(sb, block, 1);
        return sb.ToString();
    }

    private static void WriteBlock(StringBuilder sb, Block block, int depth)
    {
        switch (block)
        {
            case Heading h:
                Line(sb, depth, $"Heading {h.Level} #{h.Id}");
                WriteInlines(sb, h.Inlines, depth + 1);
                break;
            case Paragraph para:
                Line(sb, depth, $"Paragraph {para.Alignment} {para.Role}");
                WriteInlines(sb, para.Inlines, depth + 1);
                break;
            case ListBlock list:
                Line(sb, depth, list.Ordered ? $"List ordered start={list.Start}{(list.NumberStyle == ListNumberStyle.Decimal ? "" : " style=" + list.NumberStyle)}" : "List bullet");
                foreach (var item in list.Items)
                {
                    Line(sb, depth + 1, "Item");
                    foreach (var child in item) WriteBlock(sb, child, depth + 2);
                }

                break;
            case PageBreak:
                Line(sb, depth, "PageBreak");
                break;
            case TableOfContents toc:
                Line(sb, depth, $"TableOfContents max={toc.MaxLevel}");
                foreach (var e in toc.Entries) Line(sb, depth + 1, $"Entry {e.Level} #{e.TargetId} {Quote(e.Text)}");
                break;
            case CheckboxLine boxes:
                Line(sb, depth, "CheckboxLine");
                foreach (var box in boxes.Boxes)
                {
                    Line(sb, depth + 1, box.Checked ? "Checkbox checked" : "Checkbox");
                    WriteInlines(sb, box.Label, depth + 2);
                }

                break;
            case SignatureBlock signature:
                Line(sb, depth, "SignatureBlock");
                foreach (var l in signature.Lines) Line(sb, depth + 1, $"SignatureLine {Quote(l.Label)}" + (l.Value is null ? "" : $" = {Quote(l.Value)}"));
                break;
            case DetachLine detach:
                Line(sb, depth, $"DetachLine {Quote(detach.Label)}");
                break;
            case Section section:
                Line(sb, depth, $"Section {Quote(section.Name)} {section.Style}");
                foreach (var child in section.Blocks) WriteBlock(sb, child, depth + 1);
                break;
            case TaggedBlocks tagged:
                // The concept alone: the rest of the tag (context, unit, format) would bury the text in snapshots.
                Line(sb, depth, $"TaggedBlocks {tagged.Tag.Concept}");
                foreach (var child in tagged.Blocks) WriteBlock(sb, child, depth + 1);
                break;
            case Table table:
                WriteTable(sb, table, depth);
                break;
            case Chart chart:
                WriteChart(sb, chart, depth);
                break;
            default:
                Line(sb, depth, $"Unknown {block.GetType().Name}");
                break;
        }
    }

    private static void WriteTable(StringBuilder sb, Table table, int depth)
    {
        Line(sb, depth, $"Table #{table.Id}");
        Line(sb, depth + 1, "Caption");
        WriteInlines(sb, table.Caption, depth + 2);
        foreach (var c in table.Columns)
            Line(sb, depth + 1, $"Column {c.Key} {c.Kind} {c.Alignment} {c.RelativeWidth.ToString(CultureInfo.InvariantCulture)}");
        foreach (var row in table.HeaderRows) WriteRow(sb, "HeaderRow", row, depth + 1);
        foreach (var row in table.BodyRows) WriteRow(sb, "Row", row, depth + 1);
        foreach (var note in table.Footnotes)
        {
            Line(sb, depth + 1, $"Note {Quote(note.Marker)}");
            WriteInlines(sb, note.Inlines, depth + 2);
        }
    }

    private static void WriteRow(StringBuilder sb, string kind, TableRow row, int depth)
    {
        Line(sb, depth, $"{kind}{(row.Kind == RowKind.Total ? " total" : "")}{(row.KeepGroup != 0 ? $" group={row.KeepGroup}" : "")}");
        foreach (var cell in row.Cells)
        {
            var spans = (cell.ColSpan != 1 ? $" colspan={cell.ColSpan}" : "") + (cell.RowSpan != 1 ? $" rowspan={cell.RowSpan}" : "");
            Line(sb, depth + 1, $"Cell {cell.Alignment}{spans}");
            WriteInlines(sb, cell.Inlines, depth + 2);
        }
    }

    private static void WriteChart(StringBuilder sb, Chart chart, int depth)
    {
        Line(sb, depth, $"Chart #{chart.Id} {Quote(chart.Title)} axis={Quote(chart.ValueAxisTitle)}");
        Line(sb, depth + 1, "Categories " + string.Join(" | ", chart.Categories.Select(Quote)));
        foreach (var s in chart.Series)
            Line(sb, depth + 1, $"Series {Quote(s.Name)} " + string.Join(" ", s.Values.Select(v => v.ToString(CultureInfo.InvariantCulture))));
        WriteTable(sb, chart.DataTable, depth + 1);
    }

    private static void WriteInlines(StringBuilder sb, IEnumerable<Inline> inlines, int depth)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t: Line(sb, depth, $"Text {Quote(t.Text)}"); break;
                case Strong s: Line(sb, depth, "Strong"); WriteInlines(sb, s.Children, depth + 1); break;
                case Emphasis e: Line(sb, depth, "Emphasis"); WriteInlines(sb, e.Children, depth + 1); break;
                case Underline u: Line(sb, depth, "Underline"); WriteInlines(sb, u.Children, depth + 1); break;
                case LineBreak: Line(sb, depth, "LineBreak"); break;
                case FootnoteReference f: Line(sb, depth, $"FootnoteReference {Quote(f.Marker)}"); break;
                case InternalLink l: Line(sb, depth, $"InternalLink #{l.TargetId}"); WriteInlines(sb, l.Children, depth + 1); break;
                case WebAddress w: Line(sb, depth, $"WebAddress {w.Url}"); WriteInlines(sb, w.Children, depth + 1); break;
                case FillInBlank b: Line(sb, depth, $"FillInBlank {b.Characters}"); break;
                case TaggedText t: Line(sb, depth, $"TaggedText {t.Tag.Concept}"); WriteInlines(sb, t.Children, depth + 1); break;
                default: Line(sb, depth, $"Unknown {inline.GetType().Name}"); break;
            }
        }
    }

    private static void Line(StringBuilder sb, int depth, string text) => sb.Append(' ', depth * 2).Append(text).Append('\n');

    /// <summary>Quotes text so that spaces, quotes and control characters stay visible in the dump.</summary>
    private static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.Append('"').ToString();
    }
}
