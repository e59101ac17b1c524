using FilingForge.Diagnostics;

namespace FilingForge.Profiles;

/// <summary>
/// One key of a data file or object type: what it holds, whether it must be written (<see cref="Required"/>) and
/// whether it may be written as null (<see cref="Nullable"/>), its bounds when it is a number, and the description
/// that becomes the editor's hover text.
/// </summary>
public sealed record FieldDeclaration(
    string Key,
    FieldType Type,
    bool Required,
    bool Nullable,
    string? Description,
    ValueRange? Range,
    SourceLocation Location)
{
    /// <summary>The value a field that is not written holds, as the profile writes it (<c>default: []</c>); null for none.</summary>
    internal FilingForge.Loading.DataNode? Default { get; init; }

    /// <summary>
    /// For a derived figure, the expression it is computed from (<c>computed:</c>), evaluated in the item that holds
    /// it; the data never writes such a field. Null for a field the data writes.
    /// </summary>
    public ProfileExpression? Computed { get; init; }

    /// <summary>How a derived figure is rounded (<c>round:</c>); <see cref="Profiles.Rounding.None"/> by default.</summary>
    public Rounding Rounding { get; init; }

    /// <summary>Where <c>computed:</c> is written, for messages about the expression.</summary>
    internal SourceLocation ComputedLocation { get; init; } = SourceLocation.None;

    /// <summary>The scalar kind of the field or of its items (<c>list of shares</c> is shares), if it has one.</summary>
    public ScalarKind? Kind => Innermost(Type) is ScalarType scalar ? scalar.Kind : null;

    private static FieldType Innermost(FieldType type) => type switch
    {
        ListType list => Innermost(list.Item),
        MapType map => Innermost(map.Value),
        _ => type,
    };
}
