using System.Text;
using FilingForge.Diagnostics;
using FilingForge.Loading;

namespace FilingForge.Review.DataDiff;

/// <summary>
/// Compares two data folders fact by fact on the loader's positioned node tree, so each change names its file, line
/// and column and its data path. Lists of records are matched by their identity key (<c>person</c>, <c>id</c>,
/// <c>year</c>, <c>name</c>…) so an inserted director is one addition, not a shift of every later one.
/// </summary>
public static class DataFolderDiff
{
    private static readonly string[] IdentityKeys = ["person", "id", "year", "name", "key", "category", "number", "title", "description"];

    public static IReadOnlyList<DataChange> Compare(string oldFolder, string newFolder, DiagnosticBag diagnostics)
    {
        var names = DataFiles(oldFolder).Union(DataFiles(newFolder)).Order(StringComparer.Ordinal);
        var changes = new List<DataChange>();
        foreach (var name in names)
        {
            var old = Read(Path.Combine(oldFolder, name), name, diagnostics);
            var @new = Read(Path.Combine(newFolder, name), name, diagnostics);
            if (old is null && @new is null) continue;
            if (old is null) changes.Add(new DataChange(DataChangeKind.Added, new SourceLocation(name, 0, 0), name, null, "file"));
            else if (@new is null) changes.Add(new DataChange(DataChangeKind.Removed, new SourceLocation(name, 0, 0), name, "file", null));
            else CompareNodes(old, @new, "", changes);
        }

        return changes;
    }

    public static string Format(IReadOnlyList<DataChange> changes, string oldLabel, string newLabel)
    {
        var text = new StringBuilder();
        text.Append("Data diff: ").Append(oldLabel).Append(" → ").Append(newLabel).Append('\n');
        text.Append(changes.Count == 0 ? "No facts changed.\n" : $"{changes.Count} fact{(changes.Count == 1 ? "" : "s")} changed:\n");
        foreach (var change in changes) text.Append(change).Append('\n');
        return text.ToString();
    }

    private static IEnumerable<string> DataFiles(string folder) =>
        !System.IO.Directory.Exists(folder) ? []
        : System.IO.Directory.EnumerateFiles(folder)
            .Select(Path.GetFileName).OfType<string>()
            .Where(n => DataFileNames.BaseNameOf(n) is not null);

    private static DataNode? Read(string path, string name, DiagnosticBag diagnostics)
    {
        return File.Exists(path) ? DataTree.Read(path, name, diagnostics) : null;
    }

    private static void CompareNodes(DataNode old, DataNode @new, string path, List<DataChange> changes)
    {
        switch (old, @new)
        {
            case (DataScalar a, DataScalar b):
                if (a.Value != b.Value) changes.Add(new DataChange(DataChangeKind.Changed, b.Location, path, Shown(a, b.Value), Shown(b, a.Value)));
                break;
            case (DataMapping a, DataMapping b):
                CompareMappings(a, b, path, changes);
                break;
            case (DataSequence a, DataSequence b):
                CompareSequences(a, b, path, changes);
                break;
            default:
                changes.Add(new DataChange(DataChangeKind.Changed, @new.Location, path, Describe(old), Describe(@new)));
                break;
        }
    }

    private static void CompareMappings(DataMapping old, DataMapping @new, string path, List<DataChange> changes)
    {
        var before = old.Entries.ToDictionary(e => e.Key.Value, StringComparer.Ordinal);
        foreach (var entry in @new.Entries)
        {
            var child = Join(path, entry.Key.Value);
            if (before.Remove(entry.Key.Value, out var was)) CompareNodes(was.Value, entry.Value, child, changes);
            else changes.Add(new DataChange(DataChangeKind.Added, entry.Key.Location, child, null, Describe(entry.Value)));
        }

        foreach (var entry in old.Entries.Where(e => before.ContainsKey(e.Key.Value)))
            changes.Add(new DataChange(DataChangeKind.Removed, entry.Key.Location, Join(path, entry.Key.Value), Describe(entry.Value), null));
    }

    private static void CompareSequences(DataSequence old, DataSequence @new, string path, List<DataChange> changes)
    {
        var oldIds = old.Items.Select((item, i) => Identity(item) ?? $"#{i}").ToArray();
        var newIds = @new.Items.Select((item, i) => Identity(item) ?? $"#{i}").ToArray();
        var matches = Diff.SequenceAligner.Match(oldIds, newIds, StringComparer.Ordinal).ToDictionary(m => m.New, m => m.Old);
        var matchedOld = matches.Values.ToHashSet();
        var oldIndexById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < oldIds.Length; i++)
            if (!matchedOld.Contains(i)) oldIndexById.TryAdd(oldIds[i], i);
        for (var j = 0; j < @new.Items.Count; j++)
        {
            var child = $"{path}[{j}]";
            if (!matches.TryGetValue(j, out var i) && !oldIndexById.Remove(newIds[j], out i))
            {
                changes.Add(new DataChange(DataChangeKind.Added, @new.Items[j].Location, child, null, Describe(@new.Items[j])));
                continue;
            }

            matchedOld.Add(i);
            CompareNodes(old.Items[i], @new.Items[j], child, changes);
        }

        for (var i = 0; i < old.Items.Count; i++)
            if (!matchedOld.Contains(i))
                changes.Add(new DataChange(DataChangeKind.Removed, old.Items[i].Location, $"{path}[{i}]", Describe(old.Items[i]), null));
    }

    /// <summary>What names a record in a list: the first identity key it has, as <c>person=clark</c>; a scalar item is its own identity.</summary>
    private static string? Identity(DataNode item) => item switch
    {
        DataScalar s => "=" + s.Value,
        DataMapping m => IdentityKeys
            .Select(k => m.Entries.FirstOrDefault(e => e.Key.Value == k && e.Value is DataScalar))
            .Where(e => e is not null)
            .Select(e => $"{e!.Key.Value}={((DataScalar)e.Value).Value}")
            .FirstOrDefault(),
        _ => null,
    };

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Shown(DataScalar scalar) => scalar.IsPlain ? DataScalar.Shorten(scalar.Value) : $"\"{DataScalar.Shorten(scalar.Value)}\"";

    /// <summary>A long text shown from the word where it starts to differ from <paramref name="other"/>, so the change is visible.</summary>
    private static string Shown(DataScalar scalar, string other)
    {
        var text = scalar.Value.ReplaceLineEndings(" ");
        var otherText = other.ReplaceLineEndings(" ");
        var common = 0;
        while (common < text.Length && common < otherText.Length && text[common] == otherText[common]) common++;
        if (common < 20) return Shown(scalar);
        var start = text.LastIndexOf(' ', Math.Min(common, text.Length - 1)) + 1;
        var excerpt = "…" + DataScalar.Shorten(text[start..]);
        return scalar.IsPlain ? excerpt : $"\"{excerpt}\"";
    }

    private static string Describe(DataNode node) => node switch
    {
        DataScalar s => Shown(s),
        DataMapping m => Identity(m) is { } id ? $"({id.Replace("=", ": ", StringComparison.Ordinal)})" : "(a mapping)",
        DataSequence q => $"(a list of {q.Items.Count})",
        _ => node.Describe(),
    };
}
