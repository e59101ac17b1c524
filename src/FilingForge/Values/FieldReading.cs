using FilingForge.Diagnostics;

namespace FilingForge.Values;

/// <summary>
/// Reading an object's fields by their data keys, for the C# rules and computations that work against field paths
/// rather than C# classes. Every reader is total: a field the profile does not declare, or one written as null, reads
/// as null (or as empty, for a list), so a rule written for one profile does not throw on another; which fields a rule
/// needs is the profile's business (<c>ICheck.Reads</c>, checked against the profile before the rule runs). A derived
/// figure reads as its value.
/// </summary>
public static class FieldReading
{
    /// <summary>Any single value as the tree holds it (decimal, string, bool, date, Markdown), or a figure's value.</summary>
    public static object? Scalar(this ObjectValue item, string key) => Plain(item[key]);

    /// <summary>A text, an enumeration's value or a person id.</summary>
    public static string? Text(this ObjectValue item, string key) => Plain(item[key]) as string;

    /// <summary>Any number (money, shares, a year, a count), or a derived figure's value.</summary>
    public static decimal? Number(this ObjectValue item, string key) => Plain(item[key]) as decimal?;

    public static DateOnly? Date(this ObjectValue item, string key) => Plain(item[key]) as DateOnly?;

    /// <summary>A boolean; false when not declared or not written without a default.</summary>
    public static bool Flag(this ObjectValue item, string key) => Plain(item[key]) is true;

    public static MarkdownText? Markdown(this ObjectValue item, string key) => Plain(item[key]) as MarkdownText;

    public static ObjectValue? Object(this ObjectValue item, string key) => item[key] as ObjectValue;

    /// <summary>The items of a list of objects.</summary>
    public static IReadOnlyList<ObjectValue> Objects(this ObjectValue item, string key) =>
        item[key] is ListValue list ? list.Items.OfType<ObjectValue>().ToArray() : [];

    /// <summary>The items of a list of texts (person ids, labels).</summary>
    public static IReadOnlyList<string> Texts(this ObjectValue item, string key) =>
        item[key] is ListValue list ? list.Items.Select(Plain).OfType<string>().ToArray() : [];

    /// <summary>The items of a list of numbers.</summary>
    public static IReadOnlyList<decimal> Numbers(this ObjectValue item, string key) =>
        item[key] is ListValue list ? list.Items.Select(Plain).OfType<decimal>().ToArray() : [];

    /// <summary>The items of a list of dates.</summary>
    public static IReadOnlyList<DateOnly> Dates(this ObjectValue item, string key) =>
        item[key] is ListValue list ? list.Items.Select(Plain).OfType<DateOnly>().ToArray() : [];

    /// <summary>True when the field holds a list, even an empty one (false for a list field written as null).</summary>
    public static bool HasList(this ObjectValue item, string key) => item[key] is ListValue;

    /// <summary>Where item <paramref name="index"/> of a list field was written; the field's location when it has no such item.</summary>
    public static SourceLocation LocationOfItem(this ObjectValue item, string key, int index) =>
        item[key] is ListValue list && index >= 0 && index < list.Items.Count && !list.Items[index].IsDefault
            ? list.Items[index].Location
            : item.LocationOf(key);

    private static object? Plain(DataValue? value) => value switch
    {
        ScalarValue scalar => scalar.Value,
        ComputedValue figure => figure.Value,
        _ => null,
    };
}
