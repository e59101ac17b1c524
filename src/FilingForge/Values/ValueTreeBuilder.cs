using System.Globalization;
using FilingForge.Loading;
using FilingForge.Model;
using FilingForge.Profiles;

namespace FilingForge.Values;

/// <summary>
/// Types a data file's node tree by its profile declaration, complete: a field that is not written gets its declared
/// default, or null. It runs on a file the loader has already bound without an error, so every value has the shape
/// its field declares; a value it cannot type (a difference between the profile and the C# model, which
/// ProfileMatchesModelTests rules out) is left untyped as text.
/// </summary>
internal static class ValueTreeBuilder
{
    /// <param name="fileName">The data file's name, such as <c>directors.yaml</c>: every object's path starts with it.</param>
    public static ObjectValue Build(DataMapping root, ObjectTypeDeclaration declaration, Profile profile, string fileName) =>
        new Builder(profile, fileName).Object(root, declaration, "", isDefault: false);

    private sealed class Builder(Profile profile, string fileName)
    {
        public ObjectValue Object(DataMapping mapping, ObjectTypeDeclaration declaration, string path, bool isDefault)
        {
            var written = new Dictionary<string, DataNode>(StringComparer.Ordinal);
            foreach (var (key, node) in mapping.Entries) written[key.Value] = node;
            var fields = new List<KeyValuePair<string, DataValue>>(declaration.Fields.Count);
            foreach (var field in declaration.Fields)
            {
                var childPath = Child(path, field.Key);
                var value = written.TryGetValue(field.Key, out var node) ? Value(node, field.Type, childPath, isDefault)
                    : field.Default is { } fallback ? Value(fallback, field.Type, childPath, isDefault: true)
                    : new ScalarValue(mapping.Location, null, isDefault: true);
                fields.Add(KeyValuePair.Create(field.Key, value));
            }

            return new ObjectValue(mapping.Location, ObjectPath(path), fields, isDefault);
        }

        private DataValue Value(DataNode node, FieldType type, string path, bool isDefault) => (node, type) switch
        {
            (DataScalar { IsNull: true }, _) => new ScalarValue(node.Location, null, isDefault),
            (DataSequence sequence, ListType list) => new ListValue(node.Location,
                sequence.Items.Select((item, i) => Value(item, list.Item, $"{path}[{i}]", isDefault)).ToList(), isDefault),
            (DataMapping mapping, MapType map) => new ObjectValue(mapping.Location, ObjectPath(path),
                mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Value(e.Value, map.Value, Child(path, e.Key.Value), isDefault))).ToList(), isDefault),
            (DataMapping mapping, NamedType named) when profile.Types.TryGetValue(named.Name, out var declared) => Object(mapping, declared, path, isDefault),
            (DataScalar scalar, ScalarType scalarType) => new ScalarValue(node.Location, Scalar(scalar, scalarType.Kind), isDefault),
            (DataScalar scalar, _) => new ScalarValue(node.Location, scalar.Value, isDefault),
            _ => new ScalarValue(node.Location, null, isDefault),
        };

        private string ObjectPath(string path) => path.Length == 0 ? fileName : $"{fileName}#{path}";

        private static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
    }

    private static object? Scalar(DataScalar scalar, ScalarKind kind) => kind switch
    {
        ScalarKind.Money or ScalarKind.Shares or ScalarKind.Price or ScalarKind.Percent or ScalarKind.Number
            or ScalarKind.Integer or ScalarKind.Year =>
            decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : scalar.Value,
        ScalarKind.Boolean => scalar.Value == "true",
        ScalarKind.Date => DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : scalar.Value,
        ScalarKind.Markdown => new MarkdownText(scalar.Value),
        _ => scalar.Value,
    };
}
