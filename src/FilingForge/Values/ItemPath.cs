using FilingForge.Profiles;

namespace FilingForge.Values;

/// <summary>
/// The value a field path names in an item (<c>year</c>, <c>all_other_components.amount</c>, <c>^person</c>) or in a data
/// file (<c>meeting:shares_outstanding</c>): a number,
/// text, a derived figure's value, the list of its items' values where the path runs through a list, or null where nothing is written.
/// </summary>
internal static class ItemPath
{
    /// <param name="filing">The filing the chain belongs to, for a path that starts at a data file; null for a file read alone.</param>
    public static object? Resolve(string path, IReadOnlyList<ObjectValue> chain, FilingValues? filing)
    {
        var parsed = FieldPath.Parse(path);
        if (parsed.File is { } file)
        {
            // A file read alone (FilingLoader.LoadFile) has no filing to look in: say so rather than read zero.
            if (filing is null) throw new ExpressionEvaluationException($"`{path}` names another data file, which a file read alone cannot see");
            return filing.Files.TryGetValue(file, out var root) ? Follow(root, parsed.Fields, 0) : null;
        }
        var depth = parsed.StartIn(chain.Count);
        return depth < 0 ? null : Follow(chain[depth], parsed.Fields, 0);
    }

    private static object? Follow(DataValue? value, string[] segments, int index)
    {
        if (index == segments.Length) return Plain(value);
        return value switch
        {
            ObjectValue item => Follow(item[segments[index]], segments, index + 1),
            ListValue list => list.Items.Select(i => Follow(i, segments, index)).ToList(),
            _ => null,
        };
    }

    private static object? Plain(DataValue? value) => value switch
    {
        ScalarValue scalar => scalar.Value,
        ComputedValue figure => figure.Value,
        ListValue list => list.Items.Select(Plain).ToList(),
        _ => value,
    };
}
