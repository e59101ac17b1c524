using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FilingForge.Loading;

namespace FilingForge.Profiles;

/// <summary>
/// The JSON Schema (draft 2020-12) of each data file of a profile, for editors: completion and hover text from the
/// descriptions, and red squiggles for unknown keys, wrong types, values out of range, bad enumeration values and
/// malformed dates before the compiler runs. Generated, never written by hand (<c>filingforge schemas</c>).
/// </summary>
public static class JsonSchemaWriter
{
    private const string DatePattern = @"^\d{4}-\d{2}-\d{2}$";
    private const string MapKeyPattern = "^[a-z][a-z0-9_]*$";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Every data file's schema: its file name (<c>directors.schema.json</c>) and its text.</summary>
    public static IEnumerable<(string FileName, string Text)> Write(Profile profile) =>
        profile.Files.Select(file => ($"{file.Name}.schema.json", Write(profile, file)));

    /// <summary><c>filing.schema.json</c>, for the data folder's <c>filing.yaml</c>: which of the known profiles it is written in.</summary>
    public static string WriteManifest(IEnumerable<string> profileNames) => Serialize(new JsonObject
    {
        ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
        ["$id"] = "https://filingforge.local/schemas/filing.schema.json",
        ["title"] = "filing.yaml",
        ["description"] = "What a data folder says about itself: the profile (the form of filing) its data files are written in.",
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["profile"] = new JsonObject
            {
                ["description"] = "The profile's name, a folder under profiles/.",
                ["type"] = "string",
                ["enum"] = new JsonArray(profileNames.Order(StringComparer.Ordinal).Select(n => (JsonNode?)n).ToArray()),
            },
        },
        ["required"] = new JsonArray("profile"),
        ["additionalProperties"] = false,
    });

    public static string Write(Profile profile, DataFileDeclaration file)
    {
        var definitions = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://filingforge.local/schemas/{file.Name}.schema.json",
            ["title"] = $"{file.Name}.yaml",
        };
        foreach (var (key, value) in ObjectSchema(profile, file, definitions)) schema[key] = value?.DeepClone();
        if (definitions.Count > 0) schema["$defs"] = new JsonObject(definitions.Select(d => KeyValuePair.Create(d.Key, d.Value)));
        return Serialize(schema);
    }

    private static string Serialize(JsonNode node)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options)) node.WriteTo(writer);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static JsonObject ObjectSchema(Profile profile, ObjectTypeDeclaration type, IDictionary<string, JsonNode?> definitions)
    {
        var properties = new JsonObject();
        // A derived figure is never written in the data, so an editor should not offer it.
        foreach (var field in type.Fields.Where(f => f.Computed is null)) properties[field.Key] = FieldSchema(profile, field, definitions);
        var schema = Described(type.Description);
        schema["type"] = "object";
        schema["properties"] = properties;
        var required = type.Fields.Where(f => f.Required).Select(f => (JsonNode?)f.Key).ToArray();
        if (required.Length > 0) schema["required"] = new JsonArray(required);
        schema["additionalProperties"] = false;
        return schema;
    }

    private static JsonObject FieldSchema(Profile profile, FieldDeclaration field, IDictionary<string, JsonNode?> definitions)
    {
        var schema = Described(field.Description);
        var body = TypeSchema(profile, field.Type, field.Range, definitions);
        if (field.Nullable) body = Nullable(body);
        foreach (var (key, value) in body) schema[key] = value?.DeepClone();
        // Editors offer the default when completing the key and show it on hover.
        if (field.Default is { } declared) schema["default"] = DefaultValue(declared, field.Type);
        return schema;
    }

    /// <summary>A declared default as JSON: numbers and booleans by the field's kind, lists and objects item by item.</summary>
    private static JsonNode? DefaultValue(DataNode node, FieldType type) => (node, type) switch
    {
        (DataScalar { IsNull: true }, _) => null,
        (DataSequence list, ListType listType) => new JsonArray(list.Items.Select(i => DefaultValue(i, listType.Item)).ToArray()),
        (DataMapping map, MapType mapType) => new JsonObject(map.Entries.Select(e => KeyValuePair.Create(e.Key.Value, DefaultValue(e.Value, mapType.Value)))),
        // An object type's default is written as text where a field is not a number or a flag; none is declared today.
        (DataSequence list, _) => new JsonArray(list.Items.Select(i => DefaultValue(i, type)).ToArray()),
        (DataMapping map, _) => new JsonObject(map.Entries.Select(e => KeyValuePair.Create(e.Key.Value, DefaultValue(e.Value, type)))),
        (DataScalar { IsPlain: true } scalar, ScalarType { Kind: ScalarKind.Boolean }) when bool.TryParse(scalar.Value, out var flag) => JsonValue.Create(flag),
        (DataScalar { IsPlain: true } scalar, ScalarType { Kind: var kind }) when ValueRange.Of(kind) is not null &&
            decimal.TryParse(scalar.Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        (DataScalar scalar, _) => JsonValue.Create(scalar.Value),
        _ => null,
    };

    private static JsonObject TypeSchema(Profile profile, FieldType type, ValueRange? range, IDictionary<string, JsonNode?> definitions) => type switch
    {
        ListType list => new JsonObject { ["type"] = "array", ["items"] = TypeSchema(profile, list.Item, range, definitions) },
        MapType map => new JsonObject
        {
            ["type"] = "object",
            ["propertyNames"] = new JsonObject { ["pattern"] = MapKeyPattern },
            ["additionalProperties"] = TypeSchema(profile, map.Value, range, definitions),
        },
        NamedType named => Reference(profile, named.Name, definitions),
        ScalarType scalar => ScalarSchema(scalar.Kind, range),
        _ => throw new InvalidOperationException($"no schema for {type}"),
    };

    private static JsonObject ScalarSchema(ScalarKind kind, ValueRange? range)
    {
        var schema = kind switch
        {
            ScalarKind.Text or ScalarKind.Person => new JsonObject { ["type"] = "string" },
            ScalarKind.Marker => new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Za-z0-9*]+$" },
            ScalarKind.Markdown => new JsonObject { ["type"] = "string", ["contentMediaType"] = "text/markdown" },
            ScalarKind.Boolean => new JsonObject { ["type"] = "boolean" },
            ScalarKind.Date => new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = DatePattern },
            ScalarKind.Shares or ScalarKind.Integer or ScalarKind.Year => new JsonObject { ["type"] = "integer" },
            _ => new JsonObject { ["type"] = "number" },
        };
        if (range is { } r)
        {
            schema["minimum"] = r.Min;
            schema["maximum"] = r.Max;
        }

        return schema;
    }

    private static JsonObject Reference(Profile profile, string name, IDictionary<string, JsonNode?> definitions)
    {
        if (!definitions.ContainsKey(name))
        {
            definitions[name] = null; // claimed first, so a type that refers to itself ends the recursion
            definitions[name] = profile.Enumerations.TryGetValue(name, out var enumeration)
                ? EnumerationSchema(enumeration)
                : ObjectSchema(profile, profile.Types[name], definitions);
        }

        return new JsonObject { ["$ref"] = $"#/$defs/{name}" };
    }

    private static JsonObject EnumerationSchema(EnumerationDeclaration enumeration)
    {
        var described = enumeration.Values.Where(v => v.Description is not null).Select(v => $"{v.Value}: {v.Description}");
        var description = string.Join(" ", new[] { enumeration.Description }.Concat(described).Where(d => !string.IsNullOrEmpty(d)));
        var schema = Described(description.Length > 0 ? description : null);
        schema["type"] = "string";
        schema["enum"] = new JsonArray(enumeration.Values.Select(v => (JsonNode?)v.Value).ToArray());
        return schema;
    }

    /// <summary>null is allowed besides the value: <c>["number", "null"]</c>, or <c>anyOf</c> around a reference.</summary>
    private static JsonObject Nullable(JsonObject schema)
    {
        if (schema.ContainsKey("$ref")) return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
        var type = schema["type"]!.GetValue<string>();
        schema["type"] = new JsonArray(type, "null");
        return schema;
    }

    private static JsonObject Described(string? description) =>
        description is null ? new JsonObject() : new JsonObject { ["description"] = description };
}
