namespace FilingForge.Document;

/// <summary>
/// Inlines as a writer that tags no facts sees them: each <see cref="TaggedText"/> replaced by its children, and the
/// text runs a tag split (<c>$</c> and <c>7,791,510</c>) joined again, as the parser joins runs. A format that writes
/// one element per run (Word's <c>w:r</c>) thereby writes the same bytes for a tagged document as for an untagged one.
/// </summary>
public static class UntaggedText
{
    public static IReadOnlyList<Inline> Of(IReadOnlyList<Inline> inlines)
    {
        if (!inlines.Any(i => i is TaggedText)) return inlines;
        var result = new List<Inline>();
        foreach (var inline in Spliced(inlines))
        {
            if (inline is TextRun next && result.Count > 0 && result[^1] is TextRun previous) result[^1] = new TextRun(previous.Text + next.Text);
            else result.Add(inline);
        }

        return result;
    }

    private static IEnumerable<Inline> Spliced(IEnumerable<Inline> inlines) =>
        inlines.SelectMany(i => i is TaggedText tagged ? Spliced(tagged.Children) : [i]);
}
