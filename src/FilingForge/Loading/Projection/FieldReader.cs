using FilingForge.Diagnostics;
using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary>
/// Reads the fields of one object of the value tree by the C# property each fills, and remembers which were written,
/// so <see cref="Located{T}"/> gives the model object the locations the reflection binder gave it. A field is named by
/// its property (<c>nameof</c>), and its data key derived from that with <see cref="DataKeyNaming"/>, the binder's rule:
/// a renamed property cannot silently read another key.
/// </summary>
internal sealed class FieldReader(ObjectValue source)
{
    private readonly List<KeyValuePair<string, SourceLocation>> _written = [];

    public string Text(string property) => Read(property, ProjectedValue.Text);

    public string? OptionalText(string property) => Read(property, v => ProjectedValue.Optional(v, ProjectedValue.Text));

    public MarkdownText Markdown(string property) => Read(property, ProjectedValue.Markdown);

    public MarkdownText? OptionalMarkdown(string property) => Read(property, v => ProjectedValue.Optional(v, ProjectedValue.Markdown));

    public int Int32(string property) => Read(property, ProjectedValue.Int32);

    public int? OptionalInt32(string property) => Read(property, v => ProjectedValue.OptionalValue(v, ProjectedValue.Int32));

    public long Int64(string property) => Read(property, ProjectedValue.Int64);

    public long? OptionalInt64(string property) => Read(property, v => ProjectedValue.OptionalValue(v, ProjectedValue.Int64));

    public decimal Decimal(string property) => Read(property, ProjectedValue.Decimal);

    public decimal? OptionalDecimal(string property) => Read(property, v => ProjectedValue.OptionalValue(v, ProjectedValue.Decimal));

    public bool Boolean(string property) => Read(property, ProjectedValue.Boolean);

    public DateOnly Date(string property) => Read(property, ProjectedValue.Date);

    public DateOnly? OptionalDate(string property) => Read(property, v => ProjectedValue.OptionalValue(v, ProjectedValue.Date));

    public T Enum<T>(string property) where T : struct, System.Enum => Read(property, ProjectedValue.Enum<T>);

    public T Object<T>(string property, Func<ObjectValue, T> project) => Read(property, v => project(ProjectedValue.Object(v)));

    public T? OptionalObject<T>(string property, Func<ObjectValue, T> project) where T : class =>
        Read(property, v => ProjectedValue.Optional(v, o => project(ProjectedValue.Object(o))));

    public List<T> List<T>(string property, Func<DataValue, T> item) => Read(property, v => ProjectedValue.List(v, item));

    public List<T>? OptionalList<T>(string property, Func<DataValue, T> item) =>
        Read(property, v => ProjectedValue.Optional(v, l => ProjectedValue.List(l, item)));

    /// <summary>A list of objects, each projected by <paramref name="project"/>.</summary>
    public List<T> Objects<T>(string property, Func<ObjectValue, T> project) =>
        List(property, v => project(ProjectedValue.Object(v)));

    public Dictionary<string, T> Map<T>(string property, Func<DataValue, T> item) => Read(property, v => ProjectedValue.Map(v, item));

    /// <summary>
    /// Gives <paramref name="node"/>, built from this reader's fields, the object's location, data path and source,
    /// and the location of each field written in the data; an unwritten field is not set, so
    /// <see cref="ModelNode.LocationOf"/> falls back to the object, as it does for the binder's.
    /// </summary>
    public T Located<T>(T node) where T : ModelNode
    {
        node.Location = source.Location;
        node.DataPath = source.Path;
        node.Source = source;
        foreach (var (property, location) in _written) node.SetFieldLocation(property, location);
        return node;
    }

    private T Read<T>(string property, Func<DataValue, T> read)
    {
        var key = DataKeyNaming.ToDataKey(property);
        var value = source[key] ?? throw new InvalidOperationException(
            $"{source.Path}: the profile declares no field `{key}` for {property}; the profile and the model disagree.");
        if (!value.IsDefault) _written.Add(KeyValuePair.Create(property, value.Location));
        return read(value);
    }
}
