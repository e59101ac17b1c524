namespace FilingForge.Profiles;

/// <summary>
/// The type of a declared field, as a profile writes it: a scalar kind (<c>money</c>), the name of an object type or an
/// enumeration of the profile (<c>Director</c>, <c>FilingType</c>), <c>list of T</c> or <c>map of T</c> (keys are
/// snake_case names).
/// </summary>
public abstract record FieldType
{
    private const string ListPrefix = "list of ";
    private const string MapPrefix = "map of ";

    /// <summary>Reads the written form; null when it is not one (an empty name, a bare <c>list</c>).</summary>
    public static FieldType? Parse(string text)
    {
        text = text.Trim();
        if (text.StartsWith(ListPrefix, StringComparison.Ordinal))
            return Parse(text[ListPrefix.Length..]) is { } item ? new ListType(item) : null;
        if (text.StartsWith(MapPrefix, StringComparison.Ordinal))
            return Parse(text[MapPrefix.Length..]) is { } value ? new MapType(value) : null;
        if (ScalarNames.TryGetValue(text, out var kind)) return new ScalarType(kind);
        return IsTypeName(text) ? new NamedType(text) : null;
    }

    /// <summary>The names a profile writes for the scalar kinds: <c>text</c>, <c>money</c>, …</summary>
    public static IReadOnlyDictionary<string, ScalarKind> ScalarNames { get; } =
        Enum.GetValues<ScalarKind>().ToDictionary(k => k.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>
    /// The object type a field path steps into from a field of this type: the type itself, or through a list its items'
    /// type; not through a map, whose next segment the data reads as a key rather than a field. Null for a value.
    /// </summary>
    public ObjectTypeDeclaration? ObjectIn(IReadOnlyDictionary<string, ObjectTypeDeclaration> types) => this switch
    {
        ListType list => list.Item.ObjectIn(types),
        NamedType named => types.GetValueOrDefault(named.Name),
        _ => null,
    };

    /// <summary>Type names are capitalised words, so they can never be mistaken for a scalar kind.</summary>
    private static bool IsTypeName(string text) =>
        text.Length > 0 && char.IsAsciiLetterUpper(text[0]) && text.All(char.IsAsciiLetterOrDigit);
}

public sealed record ScalarType(ScalarKind Kind) : FieldType
{
    public override string ToString() => Kind.ToString().ToLowerInvariant();
}

/// <summary>An object type or enumeration declared in the profile's <c>types.yaml</c>.</summary>
public sealed record NamedType(string Name) : FieldType
{
    public override string ToString() => Name;
}

public sealed record ListType(FieldType Item) : FieldType
{
    public override string ToString() => "list of " + Item;
}

public sealed record MapType(FieldType Value) : FieldType
{
    public override string ToString() => "map of " + Value;
}
