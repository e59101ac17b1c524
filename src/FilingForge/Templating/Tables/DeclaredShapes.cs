using FilingForge.Profiles;

namespace FilingForge.Templating.Tables;

/// <summary>The shapes of the profile's declarations, each object type converted once (types may refer to each other).</summary>
internal sealed class DeclaredShapes(Profile profile)
{
    private readonly Dictionary<string, TemplateShape.Object> _converted = new(StringComparer.Ordinal);

    /// <summary>
    /// An object type's shape, with the person record the template tree adds beside each person id. The shape is kept
    /// before its fields are converted, so a type that contains itself ends rather than recurses.
    /// </summary>
    public TemplateShape.Object Of(ObjectTypeDeclaration type)
    {
        if (_converted.TryGetValue(type.Name, out var known)) return known;
        var fields = new Dictionary<string, TemplateShape>(StringComparer.Ordinal);
        var shape = new TemplateShape.Object(fields);
        _converted[type.Name] = shape;
        foreach (var field in type.Fields)
        {
            fields[field.Key] = Of(field.Type);
            if (field.Type is ScalarType { Kind: ScalarKind.Person }) fields[field.Key + "_record"] = ItemsAt("people.people");
            else if (field.Type is ListType { Item: ScalarType { Kind: ScalarKind.Person } }) fields[field.Key + "_records"] = new TemplateShape.List(ItemsAt("people.people"));
        }

        return shape;
    }

    /// <summary>The shape of the items (or the object) a data path reaches: <c>summary-compensation.officers.years</c>.</summary>
    public TemplateShape ItemsAt(string path)
    {
        var segments = path.Split('.');
        TemplateShape shape = profile.File(segments[0]) is { } file ? Of(file) : Empty;
        foreach (var segment in segments[1..])
            shape = shape is TemplateShape.Object item && item.Fields.GetValueOrDefault(segment) is { } next ? Unlisted(next) : Empty;
        return shape;
    }

    /// <summary>An object with no fields: what a path into a file or field the profile lacks reaches, so nothing resolves in it.</summary>
    public static readonly TemplateShape.Object Empty = new(new Dictionary<string, TemplateShape>());

    public TemplateShape Of(FieldType type) => type switch
    {
        ListType list => new TemplateShape.List(Of(list.Item)),
        MapType map => new TemplateShape.Map(Of(map.Value)),
        NamedType named when profile.Types.TryGetValue(named.Name, out var declared) => Of(declared),
        _ => TemplateShape.Scalar,
    };

    private static TemplateShape Unlisted(TemplateShape shape) => shape is TemplateShape.List list ? list.Item : shape;
}
