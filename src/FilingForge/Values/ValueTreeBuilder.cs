using System.Globalization;
using FilingForge.Loading;
using FilingForge.Profiles;

namespace FilingForge.Values;

/// <summary>
/// Types a data file's node tree by its profile declaration. It runs on a file the loader has already bound without
/// an error, so every value has the shape its field declares; a value it cannot type (which would be a difference
/// between the profile and the C# model, which SchemasMatchModelTest rules out) is left untyped as text.
/// </summary>
internal static class ValueTreeBuilder
{
    public static ObjectValue Build(DataMapping root, ObjectTypeDeclaration declaration, Profile profile) =>
        Object(root, declaration, profile);

    private static ObjectValue Object(DataMapping mapping, ObjectTypeDeclaration declaration, Profile profile)
    {
        var fields = new Dictionary<string, DataValue>(StringComparer.Ordinal);
        foreach (var (key, node) in mapping.Entries)
            if (declaration.Find(key.Value) is { } field)
                fields[key.Value] = Value(node, field.Type, profile);
        return new ObjectValue(mapping.Location, fields);
    }

    private static DataValue Value(DataNode node, FieldType type, Profile profile) => (node, type) switch
    {
        (DataScalar { IsNull: true }, _) => new ScalarValue(node.Location, null),
        (DataSequence sequence, ListType list) => new ListValue(node.Location, sequence.Items.Select(i => Value(i, list.Item, profile)).ToList()),
        (DataMapping mapping, MapType map) => new ObjectValue(mapping.Location,
            mapping.Entries.ToDictionary(e => e.Key.Value, e => Value(e.Value, map.Value, profile), StringComparer.Ordinal)),
        (DataMapping mapping, NamedType named) when profile.Types.TryGetValue(named.Name, out var declared) => Object(mapping, declared, profile),
        (DataScalar scalar, ScalarType scalarType) => new ScalarValue(node.Location, Scalar(scalar, scalarType.Kind)),
        (DataScalar scalar, _) => new ScalarValue(node.Location, scalar.Value),
        _ => new ScalarValue(node.Location, null),
    };

    private static object? Scalar(DataScalar scalar, ScalarKind kind) => kind switch
    {
        ScalarKind.Money or ScalarKind.Shares or ScalarKind.Price or ScalarKind.Percent or ScalarKind.Number
            or ScalarKind.Integer or ScalarKind.Year =>
            decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : scalar.Value,
        ScalarKind.Boolean => scalar.Value == "true",
        ScalarKind.Date => DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : scalar.Value,
        _ => scalar.Value,
    };
}
