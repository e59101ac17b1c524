using FilingForge.Diagnostics;

namespace FilingForge.Loading;

/// <summary>
/// A value read from a YAML or JSON file, before it meets the model: the tree the reader builds and the binder walks.
/// Every node knows where it starts, so every diagnostic about a value points at that value.
/// </summary>
internal abstract class DataNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    /// <summary>What the node is, for messages: "a mapping", "a list", "the text \"x\"".</summary>
    public abstract string Describe();
}

internal sealed class DataMapping(SourceLocation location, IReadOnlyList<DataEntry> entries) : DataNode(location)
{
    public IReadOnlyList<DataEntry> Entries { get; } = entries;

    public override string Describe() => "a mapping";
}

internal sealed record DataEntry(DataScalar Key, DataNode Value);

internal sealed class DataSequence(SourceLocation location, IReadOnlyList<DataNode> items) : DataNode(location)
{
    public IReadOnlyList<DataNode> Items { get; } = items;

    public override string Describe() => "a list";
}

internal sealed class DataScalar(SourceLocation location, string value, bool isPlain) : DataNode(location)
{
    private const int DescribedLength = 40;

    public string Value { get; } = value;

    /// <summary>Written without quotes or block indicator, so it may be read as a number, boolean, date or null.</summary>
    public bool IsPlain { get; } = isPlain;

    /// <summary>YAML 1.2 core schema null: <c>null</c>, <c>~</c> or nothing at all.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() =>
        IsNull ? "null"
        : IsPlain ? $"`{Shorten(Value)}`"
        : $"the quoted text \"{Shorten(Value)}\"";

    public static string Shorten(string value)
    {
        var oneLine = value.ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= DescribedLength ? oneLine : oneLine[..DescribedLength] + "…";
    }
}

/// <summary>
/// A value the reader refused (a YAML alias) and already reported. Binding it fails without a second diagnostic.
/// </summary>
internal sealed class DataRejected(SourceLocation location) : DataNode(location)
{
    public override string Describe() => "a rejected value";
}
