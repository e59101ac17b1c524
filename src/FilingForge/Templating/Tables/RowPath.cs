using System.Collections;
using System.Globalization;

namespace FilingForge.Templating.Tables;

/// <summary>
/// The rows a table's <c>rows:</c> path gives. A path may run through lists of objects
/// (<c>summary_compensation.executives.years</c>: every year of every executive, in order), so a table prints one row
/// per innermost item without the Compute stage building rows for it. A row reached through an enclosing item sees that
/// item under <c>^</c> (<c>^.person_record.name</c>, <c>^.position</c>), and the enclosing item's own enclosing item
/// under <c>^.^</c>.
/// </summary>
public static class RowPath
{
    /// <summary>The key under which a row sees the item it was reached through.</summary>
    public const string Enclosing = "^";

    public readonly record struct Result(bool Found, IReadOnlyList<object?> Rows, string MissingKey, object? NotAList);

    public static Result Resolve(object? root, string path)
    {
        List<(object? Value, IReadOnlyDictionary<string, object?>? Enclosing)> reached = [(root, null)];
        foreach (var segment in path.Split('.'))
        {
            var next = new List<(object?, IReadOnlyDictionary<string, object?>?)>();
            foreach (var (value, enclosing) in reached)
            {
                switch (value)
                {
                    case null:
                        break;
                    case IReadOnlyDictionary<string, object?> map:
                        if (!map.TryGetValue(segment, out var field)) return Missing(segment);
                        next.Add((field, enclosing));
                        break;
                    case IList list when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index):
                        next.Add((index < list.Count ? list[index] : null, enclosing));
                        break;
                    case IList list:
                        foreach (var item in list)
                        {
                            if (item is not IReadOnlyDictionary<string, object?> each) return Missing(segment);
                            if (!each.TryGetValue(segment, out var inner)) return Missing(segment);
                            next.Add((inner, Row(each, enclosing)));
                        }
                        break;
                    default:
                        return Missing(segment);
                }
            }

            reached = next;
        }

        var rows = new List<object?>();
        foreach (var (value, enclosing) in reached)
        {
            if (value is null) continue;
            if (value is not IList list || value is IDictionary) return new Result(true, [], "", value);
            foreach (var item in list) rows.Add(item is IReadOnlyDictionary<string, object?> each ? Row(each, enclosing) : item);
        }

        return new Result(true, rows, "", null);
    }

    private static Result Missing(string segment) => new(false, [], segment, null);

    /// <summary>An item as a row: the item itself, or with its enclosing item under <c>^</c> when it has one.</summary>
    private static IReadOnlyDictionary<string, object?> Row(IReadOnlyDictionary<string, object?> item, IReadOnlyDictionary<string, object?>? enclosing)
    {
        if (enclosing is null) return item;
        var row = new Dictionary<string, object?>(item.Count + 1, StringComparer.Ordinal);
        foreach (var (key, value) in item) row[key] = value;
        row[Enclosing] = enclosing;
        return row;
    }
}
