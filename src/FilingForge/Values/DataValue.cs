using FilingForge.Diagnostics;

namespace FilingForge.Values;

/// <summary>
/// A filing's value as its profile types it, with where it was written: the declared model's tree. Load builds it,
/// complete: every field its declaration lists is present, a field not written holding its declared default (or null),
/// located at the object that omits it.
/// </summary>
public abstract class DataValue(SourceLocation location, bool isDefault)
{
    public SourceLocation Location { get; } = location;

    /// <summary>True when the field was not written and holds its declared default.</summary>
    public bool IsDefault { get; } = isDefault;
}

/// <summary>
/// An object of a declared type, a data file's top level, or a <c>map of T</c>: its fields by key, in the order the
/// declaration lists them (a map's in the order written).
/// </summary>
public sealed class ObjectValue : DataValue
{
    private readonly Dictionary<string, DataValue> _byKey;

    public ObjectValue(SourceLocation location, string path, IReadOnlyList<KeyValuePair<string, DataValue>> entries, bool isDefault = false)
        : base(location, isDefault)
    {
        Path = path;
        Entries = entries;
        _byKey = new Dictionary<string, DataValue>(entries.Count, StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            _byKey[key] = value;
            switch (value)
            {
                case ComputedValue figure: figure.Owner = this; break;
                case ObjectValue child: child.Parent = this; break;
                case ListValue list:
                    foreach (var child in list.Items.OfType<ObjectValue>()) child.Parent = this;
                    break;
            }
        }
    }

    /// <summary>The item this object is a field or a list item of; null for a data file's root.</summary>
    public ObjectValue? Parent { get; private set; }

    /// <summary>This object and the items it is inside, outermost first: the chain a <c>^</c> path steps out along.</summary>
    public IReadOnlyList<ObjectValue> Chain()
    {
        var chain = new List<ObjectValue>();
        for (var item = this; item is not null; item = item.Parent) chain.Add(item);
        chain.Reverse();
        return chain;
    }

    /// <summary>Where a user finds the object: <c>summary-compensation.yaml#officers[2].years[0]</c>, or the file name.</summary>
    public string Path { get; }

    public IReadOnlyList<KeyValuePair<string, DataValue>> Entries { get; }

    public IReadOnlyDictionary<string, DataValue> Fields => _byKey;

    /// <summary>The field's value, or null when the declaration has no such field.</summary>
    public DataValue? this[string key] => _byKey.GetValueOrDefault(key);

    /// <summary>Where the field's value was written; the object's own location when it was not.</summary>
    public SourceLocation LocationOf(string key) => _byKey.TryGetValue(key, out var value) && !value.IsDefault ? value.Location : Location;
}

public sealed class ListValue(SourceLocation location, IReadOnlyList<DataValue> items, bool isDefault = false) : DataValue(location, isDefault)
{
    public IReadOnlyList<DataValue> Items { get; } = items;
}

/// <summary>
/// One value: <see cref="decimal"/> for every number (money, shares, years, counts); <see cref="string"/> for text,
/// an enumeration's value and a person id; <see cref="MarkdownText"/> for Markdown; <see cref="bool"/>;
/// <see cref="DateOnly"/>; or null for a value written as null or an optional field not written.
/// </summary>
public sealed class ScalarValue(SourceLocation location, object? value, bool isDefault = false) : DataValue(location, isDefault)
{
    public object? Value { get; } = value;
}
