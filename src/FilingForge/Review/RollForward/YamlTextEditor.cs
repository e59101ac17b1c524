using FilingForge.Loading;

namespace FilingForge.Review.RollForward;

/// <summary>
/// Edits a YAML file's text at positions taken from the loader's node tree, leaving every other character (comments,
/// blank lines, quoting, order) as it was. The file is never re-serialised. Edits are collected, then applied from
/// the end of the file backwards so that earlier positions stay valid.
/// </summary>
internal sealed class YamlTextEditor
{
    public const string FillInTag = YamlTreeReader.FillInTag;

    private readonly string[] _lines;
    private readonly List<(int Line, int Column, int Delete, string Insert)> _edits = new();
    private readonly List<(int Line, int Count)> _removals = new();
    private readonly List<(int BeforeLine, string[] Lines)> _insertions = new();

    public YamlTextEditor(string text) => _lines = text.Split('\n');

    /// <summary>How many values this editor marked with <see cref="FillInTag"/>.</summary>
    public int Marks { get; private set; }

    private YamlTextEditor(string[] lines) => _lines = lines;

    /// <summary>Replaces a single-line plain scalar, such as a year or a date, by <paramref name="text"/>.</summary>
    public void Replace(DataScalar scalar, string text) => _edits.Add((scalar.Location.Line, scalar.Location.Column, scalar.Value.Length, text));

    /// <summary>Marks a scalar written on its own (<c>key: value</c>, <c>- value</c>) as carried over.</summary>
    public void Tag(DataScalar scalar)
    {
        _edits.Add((scalar.Location.Line, scalar.Location.Column, 0, FillInTag + " "));
        Marks++;
    }

    /// <summary>Marks the value of <paramref name="entry"/>, whatever its kind, right after the key's colon.</summary>
    public void TagValue(DataEntry entry)
    {
        if (entry.Value is DataScalar scalar && scalar.Location.Line == entry.Key.Location.Line) { Tag(scalar); return; }
        var line = _lines[entry.Key.Location.Line - 1];
        var colon = line.IndexOf(':', entry.Key.Location.Column - 1 + entry.Key.Value.Length);
        _edits.Add((entry.Key.Location.Line, colon + 2, 0, " " + FillInTag));
        Marks++;
    }

    /// <summary>Removes a block sequence item: its dash line and every more-indented line after it.</summary>
    public void Remove(DataNode item)
    {
        var (start, end) = Extent(item);
        _removals.Add((start, end - start));
    }

    /// <summary>
    /// Inserts before <paramref name="item"/> a copy of it, edited by <paramref name="edit"/> (positions as in the
    /// original), so a new year's entry starts as last year's with its figures marked to fill in.
    /// </summary>
    public void InsertCopyBefore(DataNode item, Action<YamlTextEditor> edit)
    {
        var (start, end) = Extent(item);
        var copy = new YamlTextEditor(_lines);
        edit(copy);
        Marks += copy.Marks;
        var edited = copy.Apply().Split('\n');
        // The copy's edits never add or remove lines, so the item's lines keep their numbers.
        _insertions.Add((start, edited[(start - 1)..(end - 1)]));
    }

    public string Apply()
    {
        var lines = _lines.ToList();
        foreach (var (line, column, delete, insert) in _edits.OrderByDescending(e => e.Line).ThenByDescending(e => e.Column))
        {
            var text = lines[line - 1];
            var at = Math.Min(column - 1, text.Length);
            lines[line - 1] = text[..at] + insert + text[Math.Min(at + delete, text.Length)..];
        }

        var operations = _removals.Select(r => (r.Line, Order: 0, Action: (Action)(() => lines.RemoveRange(r.Line - 1, r.Count))))
            .Concat(_insertions.Select(i => (Line: i.BeforeLine, Order: 1, Action: (Action)(() => lines.InsertRange(i.BeforeLine - 1, i.Lines)))))
            .OrderByDescending(o => o.Line).ThenBy(o => o.Order);
        foreach (var operation in operations) operation.Action();
        return string.Join('\n', lines);
    }

    /// <summary>The 1-based lines [start, end) of a block sequence item: from its dash to the last line indented deeper than it.</summary>
    private (int Start, int End) Extent(DataNode item)
    {
        var start = item.Location.Line;
        var dash = _lines[start - 1].LastIndexOf('-', Math.Max(item.Location.Column - 2, 0));
        var end = start + 1;
        while (end <= _lines.Length)
        {
            var text = _lines[end - 1];
            if (text.Trim().Length > 0 && text.Length - text.TrimStart(' ').Length <= dash) break;
            end++;
        }

        return (start, end);
    }
}
