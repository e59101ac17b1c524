using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Values;

namespace FilingForge.Theming;

/// <summary>
/// Reads the fields of one object of <c>theme.yaml</c>'s value tree by the C# property each fills, and remembers which
/// were written, so <see cref="Located{T}"/> gives the theme object the location of each. The data key is derived from
/// the property name (<c>nameof</c>) with <see cref="DataKeyNaming"/>, so a renamed property cannot silently read
/// another key. The tree is built only from a file <see cref="ThemeDeclaration"/> accepted, so a value of another kind
/// is a programming error, thrown rather than reported.
/// </summary>
internal sealed class ThemeFieldReader(ObjectValue source)
{
    private readonly List<KeyValuePair<string, SourceLocation>> _written = [];

    public string Text(string property) => Read(property, Scalar<string>);

    public decimal Decimal(string property) => Read(property, Scalar<decimal>);

    public T Object<T>(string property, Func<ObjectValue, T> project) =>
        Read(property, v => project(v as ObjectValue ?? throw Mismatch(v, "an object")));

    public List<T> List<T>(string property, Func<DataValue, T> item) =>
        Read(property, v => (v as ListValue ?? throw Mismatch(v, "a list")).Items.Select(item).ToList());

    /// <summary>Gives <paramref name="node"/> the object's location and the location of each field written in the file.</summary>
    public T Located<T>(T node) where T : ThemeNode
    {
        node.Location = source.Location;
        foreach (var (property, location) in _written) node.SetFieldLocation(property, location);
        return node;
    }

    public static T Scalar<T>(DataValue value) => value is ScalarValue { Value: T typed } ? typed : throw Mismatch(value, typeof(T).Name);

    private T Read<T>(string property, Func<DataValue, T> read)
    {
        var key = DataKeyNaming.ToDataKey(property);
        var value = source[key] ?? throw new InvalidOperationException($"{source.Path}: the theme declares no field `{key}` for {property}.");
        if (!value.IsDefault) _written.Add(KeyValuePair.Create(property, value.Location));
        return read(value);
    }

    private static InvalidOperationException Mismatch(DataValue value, string expected) =>
        new($"{value.Location}: the theme expects {expected} but its value tree holds {value.GetType().Name}; the declaration and the theme disagree.");
}
