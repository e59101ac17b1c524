using FilingForge.Tests.Support.ModelReflection;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using FilingForge.Loading;
using FilingForge.Model;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Loading;

/// <summary>
/// The schemas are generated from the profile (<c>filingforge schemas</c>) while the loader still binds the C# model;
/// until the model classes go, these tests keep the two from drifting: same files, same keys (DataKeyNaming of the C#
/// members), same required keys, same enum values.
/// </summary>
public sealed class SchemasMatchModelTest
{
    public static TheoryData<string> Files => new(SchemaFiles.DataFileNames);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_data_file_of_the_sample_filing_exists(string file) =>
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.SampleData, file + ".yaml")), $"data/capstone-2003/{file}.yaml is missing");

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_data_file_has_a_schema(string file) =>
        Assert.True(File.Exists(SchemaPath(file)), $"schemas/{file}.schema.json is missing");

    [Fact]
    public void There_is_no_data_file_or_schema_the_model_does_not_know()
    {
        var known = SchemaFiles.DataFileNames.ToHashSet();
        var dataFiles = Directory.GetFiles(RepositoryPaths.SampleData, "*.yaml").Select(Path.GetFileNameWithoutExtension);
        var schemas = Directory.GetFiles(RepositoryPaths.Schemas, "*.schema.json").Select(f => Path.GetFileName(f)[..^".schema.json".Length]);

        // filing.yaml names the folder's profile; it is no file of the model.
        var unknown = dataFiles.Concat(schemas).Where(f => !known.Contains(f!) && f != "filing").ToArray();
        Assert.True(unknown.Length == 0, $"Not a data file of the model: {string.Join(", ", unknown)}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_schema_has_the_keys_and_required_keys_of_the_model(string file)
    {
        var modelClass = SchemaFiles.DataFiles.Single(f => f.File == file).Class;
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath(file)));
        var root = schema.RootElement;

        var problems = new List<string>();
        var visited = new HashSet<Type>();
        CompareObject(modelClass, root, root, $"{file}.schema.json", problems, visited);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_schema_is_draft_2020_12_and_closed()
    {
        foreach (var file in SchemaFiles.DataFileNames)
        {
            using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath(file)));
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
            Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
        }
    }

    private static string SchemaPath(string file) => Path.Combine(RepositoryPaths.Schemas, file + ".schema.json");

    private static void CompareObject(Type type, JsonElement schemaObject, JsonElement root, string where, List<string> problems, HashSet<Type> visited)
    {
        if (!visited.Add(type)) return;
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
        var expectedKeys = members.Select(p => DataKeyNaming.ToDataKey(p.Name)).Order(StringComparer.Ordinal).ToArray();
        var expectedRequired = members.Where(p => p.IsDefined(typeof(RequiredMemberAttribute)))
            .Select(p => DataKeyNaming.ToDataKey(p.Name)).Order(StringComparer.Ordinal).ToArray();

        var properties = schemaObject.GetProperty("properties");
        var actualKeys = properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        var actualRequired = schemaObject.TryGetProperty("required", out var req)
            ? req.EnumerateArray().Select(r => r.GetString()!).Order(StringComparer.Ordinal).ToArray()
            : [];

        if (!expectedKeys.SequenceEqual(actualKeys))
            problems.Add($"{where} ({type.Name}): keys [{string.Join(", ", actualKeys)}], model has [{string.Join(", ", expectedKeys)}]");
        if (!expectedRequired.SequenceEqual(actualRequired))
            problems.Add($"{where} ({type.Name}): required [{string.Join(", ", actualRequired)}], model has [{string.Join(", ", expectedRequired)}]");
        if (!schemaObject.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False)
            problems.Add($"{where} ({type.Name}): additionalProperties must be false");

        foreach (var member in members)
        {
            var nested = NamedType(member.PropertyType);
            if (nested is null) continue;
            if (!root.TryGetProperty("$defs", out var defs) || !defs.TryGetProperty(nested.Name, out var def))
            {
                problems.Add($"{where}: no $defs/{nested.Name} for {type.Name}.{member.Name}");
                continue;
            }

            if (nested.IsEnum) CompareEnum(nested, def, where, problems);
            else CompareObject(nested, def, root, where, problems, visited);
        }
    }

    private static void CompareEnum(Type type, JsonElement def, string where, List<string> problems)
    {
        var expected = Enum.GetNames(type).Select(DataKeyNaming.ToDataKey).ToArray();
        var actual = def.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray();
        if (!expected.SequenceEqual(actual))
            problems.Add($"{where} ({type.Name}): enum [{string.Join(", ", actual)}], model has [{string.Join(", ", expected)}]");
    }

    /// <summary>The model class or enum a property holds, looking through nullable, lists and dictionary values.</summary>
    private static Type? NamedType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(List<>)) return NamedType(type.GetGenericArguments()[0]);
            if (definition == typeof(Dictionary<,>)) return NamedType(type.GetGenericArguments()[1]);
        }

        return type.IsEnum || typeof(ModelNode).IsAssignableFrom(type) ? type : null;
    }
}
