using System.Text.RegularExpressions;
using FilingForge.Document;

namespace FilingForge.Tests.Writers.Fidelity;

/// <summary>
/// The words of a Document IR in reading order: every text a reader must find in every format. A word is a run of
/// letters or a run of digits, so punctuation a format sets differently (a footnote marker's parentheses, a curly
/// quote written as an ASCII character reference) does not count, nor does a superscript marker set against its word
/// ("Protsch1" in a PDF's text), while a lost word does.
/// </summary>
public static partial class DocumentWords
{
    public static IReadOnlyList<string> Of(FilingDocument document)
    {
        var words = new List<string>();
        foreach (var block in document.Blocks) Add(block, words);
        return words;
    }

    public static IEnumerable<string> In(string text) => WordPattern().Matches(text).Select(m => m.Value);

    private static void Add(Block block, List<string> words)
    {
        switch (block)
        {
            case Heading h: AddInlines(h.Inlines, words); break;
            case Paragraph p: AddInlines(p.Inlines, words); break;
            case ListBlock l: foreach (var item in l.Items) foreach (var child in item) Add(child, words); break;
            case TableOfContents toc: foreach (var e in toc.Entries.Where(e => e.Level <= toc.MaxLevel)) words.AddRange(In(e.Text)); break;
            case CheckboxLine boxes: foreach (var box in boxes.Boxes) AddInlines(box.Label, words); break;
            case SignatureBlock signature: foreach (var line in signature.Lines) words.AddRange(In((line.Value ?? "") + " " + line.Label)); break;
            case DetachLine detach: words.AddRange(In(detach.Label)); break;
            case Section section: foreach (var child in section.Blocks) Add(child, words); break;
            case TaggedBlocks tagged: foreach (var child in tagged.Blocks) Add(child, words); break;
            case Table table: AddTable(table, words); break;
            case Chart chart: words.AddRange(In(chart.Title)); AddTable(chart.DataTable, words); break;
            case PageBreak: break;
            default: throw new InvalidOperationException($"no words known for a {block.GetType().Name}: teach DocumentWords the new node kind");
        }
    }

    private static void AddTable(Table table, List<string> words)
    {
        AddInlines(table.Caption, words);
        foreach (var row in table.HeaderRows.Concat(table.BodyRows))
            foreach (var cell in row.Cells) AddInlines(cell.Inlines, words);
        foreach (var note in table.Footnotes)
        {
            words.AddRange(In(note.Marker));
            AddInlines(note.Inlines, words);
        }
    }

    private static void AddInlines(IEnumerable<Inline> inlines, List<string> words)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t: words.AddRange(In(t.Text)); break;
                case Strong s: AddInlines(s.Children, words); break;
                case Emphasis e: AddInlines(e.Children, words); break;
                case Underline u: AddInlines(u.Children, words); break;
                case InternalLink l: AddInlines(l.Children, words); break;
                case WebAddress w: AddInlines(w.Children, words); break;
                case TaggedText t: AddInlines(t.Children, words); break;
                case FootnoteReference f: words.AddRange(In(f.Marker)); break;
                case LineBreak or FillInBlank: break;
                default: throw new InvalidOperationException($"no words known for a {inline.GetType().Name}: teach DocumentWords the new node kind");
            }
        }
    }

    [GeneratedRegex(@"\p{L}+|\p{N}+")]
    private static partial Regex WordPattern();
}
