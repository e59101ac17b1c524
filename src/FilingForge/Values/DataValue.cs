using FilingForge.Diagnostics;

namespace FilingForge.Values;

/// <summary>
/// A filing's value as its profile types it, with where it was written: the declared model's tree, which the
/// profile's tie-outs are evaluated over. (The C# model classes still carry the data to the other stages; they move
/// onto this tree one stage at a time.)
/// </summary>
public abstract class DataValue(SourceLocation location)
{
    public SourceLocation Location { get; } = location;
}

/// <summary>An object of a declared type, or a data file's top level: its written fields by key.</summary>
public sealed class ObjectValue(SourceLocation location, IReadOnlyDictionary<string, DataValue> fields) : DataValue(location)
{
    public IReadOnlyDictionary<string, DataValue> Fields { get; } = fields;

    /// <summary>The field's value, or null when it is not written.</summary>
    public DataValue? this[string key] => Fields.GetValueOrDefault(key);
}

public sealed class ListValue(SourceLocation location, IReadOnlyList<DataValue> items) : DataValue(location)
{
    public IReadOnlyList<DataValue> Items { get; } = items;
}

/// <summary>
/// One written value: <see cref="decimal"/> for every number (money, shares, years, counts), text, <see cref="bool"/>,
/// <see cref="DateOnly"/>, or null for a value written as null.
/// </summary>
public sealed class ScalarValue(SourceLocation location, object? value) : DataValue(location)
{
    public object? Value { get; } = value;
}
