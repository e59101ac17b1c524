namespace FilingForge.Writers.Pdf.Layout;

/// <summary>A piece of a word in one style: text without spaces, or a blank to fill in (empty text, fixed width).</summary>
public sealed record Atom(string Text, TextStyle Style, double Width);

/// <summary>A word: atoms set without space between them, followed by a space in <see cref="SpaceStyle"/> unless the line ends.</summary>
public sealed class Word
{
    public List<Atom> Atoms { get; } = new();
    public double Width => Atoms.Sum(a => a.Width);
    public required TextStyle SpaceStyle { get; set; }
    /// <summary>A line break follows this word.</summary>
    public bool ForcedBreak { get; set; }
}

public sealed class Line
{
    public List<Word> Words { get; } = new();
    /// <summary>The last line of a paragraph, or a line ended by a forced break: never justified.</summary>
    public bool EndsParagraph { get; set; }
    public double NaturalWidth => Words.Sum(w => w.Width) + Words.Take(Words.Count - 1).Sum(w => w.SpaceStyle.SpaceWidth);
    public int Spaces => Math.Max(0, Words.Count - 1);
    public double Height(double leading) => Math.Max(1, Words.SelectMany(w => w.Atoms).Select(a => a.Style.Size).DefaultIfEmpty(0).Max()) + leading;
}

/// <summary>
/// First-fit line breaking over words. A word wider than the line is cut between characters rather than lost or left
/// to overflow.
/// </summary>
public static class LineBreaker
{
    public static List<Line> Break(IReadOnlyList<Word> words, double width)
    {
        var lines = new List<Line>();
        var line = new Line();
        double used = 0;
        var queue = new Queue<Word>(words);
        while (queue.Count > 0)
        {
            var word = queue.Dequeue();
            var needed = line.Words.Count == 0 ? word.Width : used + line.Words[^1].SpaceStyle.SpaceWidth + word.Width;
            if (needed <= width + 0.001 || (line.Words.Count == 0 && word.Width <= width + 0.001))
            {
                line.Words.Add(word);
                used = needed;
            }
            else if (line.Words.Count > 0)
            {
                lines.Add(line);
                line = new Line();
                used = 0;
                queue = Requeue(word, queue);
                continue;
            }
            else
            {
                var (head, tail) = Split(word, width);
                line.Words.Add(head);
                lines.Add(line);
                line = new Line();
                used = 0;
                if (tail.Atoms.Count > 0) queue = Requeue(tail, queue);
                else if (word.ForcedBreak) lines[^1].EndsParagraph = true;
                continue;
            }

            if (word.ForcedBreak)
            {
                line.EndsParagraph = true;
                lines.Add(line);
                line = new Line();
                used = 0;
            }
        }

        if (line.Words.Count > 0) lines.Add(line);
        if (lines.Count > 0) lines[^1].EndsParagraph = true;
        return lines;
    }

    private static Queue<Word> Requeue(Word first, Queue<Word> rest)
    {
        var q = new Queue<Word>();
        q.Enqueue(first);
        foreach (var w in rest) q.Enqueue(w);
        return q;
    }

    /// <summary>Cuts a word so its head fits the width (at least one character, so progress is always made).</summary>
    private static (Word Head, Word Tail) Split(Word word, double width)
    {
        var head = new Word { SpaceStyle = word.SpaceStyle };
        var tail = new Word { SpaceStyle = word.SpaceStyle, ForcedBreak = word.ForcedBreak };
        double used = 0;
        var full = false;
        foreach (var atom in word.Atoms)
        {
            if (full) { tail.Atoms.Add(atom); continue; }
            if (used + atom.Width <= width) { head.Atoms.Add(atom); used += atom.Width; continue; }
            var chars = System.Globalization.StringInfo.GetTextElementEnumerator(atom.Text);
            var fit = "";
            while (chars.MoveNext())
            {
                var candidate = fit + chars.GetTextElement();
                if (used + atom.Style.Measure(candidate) > width && (fit.Length > 0 || head.Atoms.Count > 0)) break;
                fit = candidate;
            }

            if (fit.Length > 0) head.Atoms.Add(atom with { Text = fit, Width = atom.Style.Measure(fit) });
            var rest = atom.Text[fit.Length..];
            if (rest.Length > 0) tail.Atoms.Add(atom with { Text = rest, Width = atom.Style.Measure(rest) });
            full = true;
        }

        return (head, tail);
    }
}
