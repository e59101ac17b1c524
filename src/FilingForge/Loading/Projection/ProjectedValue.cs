using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary>
/// One value of the profile's tree as the C# type a model member holds: the tree keeps every number as a decimal and
/// every enumeration value as its data spelling, the model has int, long and enums. The tree is built only from files
/// the binder accepted, so a value of another kind means the profile and the model disagree: a programming error,
/// thrown rather than reported.
/// </summary>
internal static class ProjectedValue
{
    public static string Text(DataValue value) => Scalar<string>(value, "text");

    public static MarkdownText Markdown(DataValue value) => Scalar<MarkdownText>(value, "Markdown");

    public static bool Boolean(DataValue value) => Scalar<bool>(value, "true or false");

    public static DateOnly Date(DataValue value) => Scalar<DateOnly>(value, "a date");

    public static decimal Decimal(DataValue value) => Scalar<decimal>(value, "a number");

    /// <summary>A whole number held as a decimal; checked, so a fraction or an overflow cannot be truncated silently.</summary>
    public static int Int32(DataValue value) =>
        Whole(value) is var number && number is >= int.MinValue and <= int.MaxValue ? (int)number : throw Mismatch(value, "a 32-bit whole number");

    public static long Int64(DataValue value) =>
        Whole(value) is var number && number is >= long.MinValue and <= long.MaxValue ? (long)number : throw Mismatch(value, "a 64-bit whole number");

    public static T Enum<T>(DataValue value) where T : struct, Enum =>
        EnumSpelling<T>.Find(Text(value)) ?? throw Mismatch(value, "one of the enumeration's values");

    public static ObjectValue Object(DataValue value) => value as ObjectValue ?? throw Mismatch(value, "an object");

    public static List<T> List<T>(DataValue value, Func<DataValue, T> item)
    {
        var items = (value as ListValue ?? throw Mismatch(value, "a list")).Items;
        var list = new List<T>(items.Count);
        foreach (var each in items) list.Add(item(each));
        return list;
    }

    /// <summary>A <c>map of T</c>, in the order written, which is the order the binder added the entries in.</summary>
    public static Dictionary<string, T> Map<T>(DataValue value, Func<DataValue, T> item)
    {
        var entries = Object(value).Entries;
        var map = new Dictionary<string, T>(entries.Count, StringComparer.Ordinal);
        foreach (var (key, each) in entries) map.Add(key, item(each));
        return map;
    }

    /// <summary>Null for a value written as null or an optional field not written; otherwise <paramref name="read"/>'s.</summary>
    public static T? Optional<T>(DataValue value, Func<DataValue, T> read) where T : class => IsNull(value) ? null : read(value);

    /// <inheritdoc cref="Optional{T}"/>
    public static T? OptionalValue<T>(DataValue value, Func<DataValue, T> read) where T : struct => IsNull(value) ? null : read(value);

    private static bool IsNull(DataValue value) => value is ScalarValue { Value: null };

    private static T Scalar<T>(DataValue value, string expected) =>
        value is ScalarValue { Value: T typed } ? typed : throw Mismatch(value, expected);

    private static decimal Whole(DataValue value)
    {
        var number = Decimal(value);
        return decimal.IsInteger(number) ? number : throw Mismatch(value, "a whole number");
    }

    private static InvalidOperationException Mismatch(DataValue value, string expected) =>
        new($"{value.Location}: the model expects {expected} but the value tree holds {Describe(value)}; the profile and the model disagree.");

    private static string Describe(DataValue value) => value switch
    {
        ScalarValue { Value: null } => "null",
        ScalarValue scalar => $"a {scalar.Value.GetType().Name} ({scalar.Value})",
        ListValue => "a list",
        _ => "an object",
    };
}
