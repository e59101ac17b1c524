using System.Text.Json;
using FilingForge.Profiles;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Loading;

/// <summary>
/// The committed <c>schemas/</c> describe the 1992 form's profile, the one source of what a data file holds: a schema
/// per data file and none besides, each with the keys, required keys and enumeration values the profile declares,
/// closed to any other key. (That they are exactly what <c>filingforge schemas</c> writes is
/// <c>SchemasAreGeneratedFromTheProfileTests</c>; this checks that what it writes says what the profile says.)
/// </summary>
public sealed class SchemasDescribeTheProfileTests
{
    private const string SchemaSuffix = ".schema.json";

    /// <summary>filing.yaml names the folder's profile; its schema is of no data file.</summary>
    private const string ManifestSchema = "filing";

    private static Profile Profile => TestProfile.Default;

    public static TheoryData<string> Files => new(Profile.Files.Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_data_file_of_the_profile_has_a_schema(string file) =>
        Assert.True(File.Exists(SchemaPath(file)), $"schemas/{file}{SchemaSuffix} is missing");

    [Fact]
    public void There_is_no_schema_of_a_data_file_the_profile_does_not_declare()
    {
        var declared = Profile.Files.Select(f => f.Name).Append(ManifestSchema).ToHashSet(StringComparer.Ordinal);
        var unknown = Directory.GetFiles(RepositoryPaths.Schemas, "*" + SchemaSuffix)
            .Select(f => Path.GetFileName(f)[..^SchemaSuffix.Length])
            .Where(f => !declared.Contains(f))
            .ToArray();

        Assert.True(unknown.Length == 0, $"Not a data file of the profile: {string.Join(", ", unknown)}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_schema_has_the_keys_required_keys_and_enumeration_values_the_profile_declares(string file)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath(file)));
        var root = schema.RootElement;

        var problems = new List<string>();
        CompareObject(Profile.File(file)!, root, root, $"{file}{SchemaSuffix}", problems, []);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_schema_is_draft_2020_12_and_closed()
    {
        foreach (var file in Profile.Files.Select(f => f.Name))
        {
            using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath(file)));
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
            Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
        }
    }

    private static string SchemaPath(string file) => Path.Combine(RepositoryPaths.Schemas, file + SchemaSuffix);

    /// <summary>
    /// One object of the schema against its declaration: the keys the data writes (a derived figure is never written,
    /// so it has no key), the required ones, closed; then every object type and enumeration a field names, in
    /// <c>$defs</c>, each compared once.
    /// </summary>
    private static void CompareObject(ObjectTypeDeclaration declared, JsonElement schemaObject, JsonElement root, string where,
        List<string> problems, HashSet<string> visited)
    {
        if (!visited.Add(declared.Name)) return;
        var written = declared.Fields.Where(f => f.Computed is null).ToArray();
        var expectedKeys = written.Select(f => f.Key).Order(StringComparer.Ordinal).ToArray();
        var expectedRequired = written.Where(f => f.Required).Select(f => f.Key).Order(StringComparer.Ordinal).ToArray();

        var actualKeys = schemaObject.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray()
            : [];
        var actualRequired = schemaObject.TryGetProperty("required", out var required)
            ? required.EnumerateArray().Select(r => r.GetString()!).Order(StringComparer.Ordinal).ToArray()
            : [];

        if (!expectedKeys.SequenceEqual(actualKeys))
            problems.Add($"{where} ({declared.Name}): keys [{string.Join(", ", actualKeys)}], the profile declares [{string.Join(", ", expectedKeys)}]");
        if (!expectedRequired.SequenceEqual(actualRequired))
            problems.Add($"{where} ({declared.Name}): required [{string.Join(", ", actualRequired)}], the profile declares [{string.Join(", ", expectedRequired)}]");
        if (!schemaObject.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False)
            problems.Add($"{where} ({declared.Name}): additionalProperties must be false");

        foreach (var field in written)
        {
            if (NamedTypeOf(field.Type) is not { } named) continue;
            if (!root.TryGetProperty("$defs", out var defs) || !defs.TryGetProperty(named, out var definition))
            {
                problems.Add($"{where}: no $defs/{named} for {declared.Name}.{field.Key}");
                continue;
            }

            if (Profile.Enumerations.TryGetValue(named, out var enumeration)) CompareEnumeration(enumeration, definition, where, problems);
            else CompareObject(Profile.Types[named], definition, root, where, problems, visited);
        }
    }

    private static void CompareEnumeration(EnumerationDeclaration enumeration, JsonElement definition, string where, List<string> problems)
    {
        var expected = enumeration.Values.Select(v => v.Value).ToArray();
        var actual = definition.TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToArray() : [];
        if (!expected.SequenceEqual(actual))
            problems.Add($"{where} ({enumeration.Name}): enum [{string.Join(", ", actual)}], the profile declares [{string.Join(", ", expected)}]");
    }

    /// <summary>The object type or enumeration a field holds, looking through <c>list of</c> and <c>map of</c>.</summary>
    private static string? NamedTypeOf(FieldType type) => type switch
    {
        ListType list => NamedTypeOf(list.Item),
        MapType map => NamedTypeOf(map.Value),
        NamedType named => named.Name,
        _ => null,
    };
}
