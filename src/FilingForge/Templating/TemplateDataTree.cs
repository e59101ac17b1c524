using FilingForge.Profiles;
using FilingForge.Values;

namespace FilingForge.Templating;

/// <summary>
/// The filing's value tree (<see cref="FilingValues"/>) as templates read it: an object becomes a dictionary of its
/// declared keys, a list a list, a scalar stays as the profile typed it. A field the profile declares <c>person</c> also
/// gets <c>&lt;key&gt;_record</c>, the person's converted entry of the people file, and <c>list of person</c> gets
/// <c>&lt;key&gt;_records</c>; the declared type says which fields are person ids, so no list of names is kept.
/// Every converted object is indexed by its data path, so the Compute stage's rows, which hold the tree's objects the
/// tree was read into, are printed as the very same dictionaries (<see cref="ByPath"/>).
/// </summary>
internal sealed class TemplateDataTree
{
    /// <summary>The data file that lists everyone, its list, and the key a person id refers to.</summary>
    private const string PeopleFile = "people";
    private const string PeopleList = "people";
    private const string PersonId = "id";

    private readonly Profile _profile;
    private readonly Dictionary<string, Dictionary<string, object?>> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, object?>> _people = new(StringComparer.Ordinal);

    private TemplateDataTree(Profile profile) => _profile = profile;

    /// <summary>Each data file under its key, <c>summary_compensation</c> for <c>summary-compensation</c>, in the profile's order.</summary>
    public Dictionary<string, object?> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Every converted object by its <see cref="ObjectValue.Path"/> (<c>summary-compensation.yaml#officers[2]</c>).</summary>
    public IReadOnlyDictionary<string, Dictionary<string, object?>> ByPath => _byPath;

    public static TemplateDataTree Of(FilingValues values)
    {
        var tree = new TemplateDataTree(values.Profile);
        // People first: every other file's person ids are looked up among them.
        if (values.Files.TryGetValue(PeopleFile, out var people) && values.Profile.File(PeopleFile) is { } peopleDeclaration)
            tree.IndexPeople(tree.Object(people, peopleDeclaration));
        foreach (var file in values.Profile.Files)
        {
            if (!values.Files.TryGetValue(file.Name, out var value)) continue;
            tree.Files[file.Name.Replace('-', '_')] = tree._byPath.GetValueOrDefault(value.Path) ?? tree.Object(value, file);
        }

        return tree;
    }

    private void IndexPeople(Dictionary<string, object?> peopleFile)
    {
        if (peopleFile.GetValueOrDefault(PeopleList) is not List<object?> list) return;
        foreach (var person in list.OfType<Dictionary<string, object?>>())
            if (person.GetValueOrDefault(PersonId) is string id) _people.TryAdd(id, person);
    }

    private Dictionary<string, object?> Object(ObjectValue value, ObjectTypeDeclaration declaration)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        _byPath[value.Path] = result;
        foreach (var (key, field) in value.Entries)
        {
            var type = declaration.Find(key)?.Type;
            result[key] = Convert(field, type);
            AddPersonRecords(result, key, field, type);
        }

        return result;
    }

    /// <summary>A person id's person next to it; an id that is not written (null) gets no record key, as before.</summary>
    private void AddPersonRecords(Dictionary<string, object?> result, string key, DataValue value, FieldType? type)
    {
        if (type is ScalarType { Kind: ScalarKind.Person } && value is ScalarValue { Value: string id })
            result[key + "_record"] = _people.GetValueOrDefault(id);
        else if (type is ListType { Item: ScalarType { Kind: ScalarKind.Person } } && value is ListValue ids)
            result[key + "_records"] = ids.Items.Select(Person).ToList();
    }

    private object? Person(DataValue id) => id is ScalarValue { Value: string value } ? _people.GetValueOrDefault(value) : null;

    private object? Convert(DataValue value, FieldType? type) => value switch
    {
        ObjectValue obj when type is NamedType named && _profile.Types.TryGetValue(named.Name, out var declared) => Object(obj, declared),
        ObjectValue map => Map(map, (type as MapType)?.Value),
        ListValue list => list.Items.Select(item => Convert(item, (type as ListType)?.Item)).ToList(),
        ScalarValue scalar => scalar.Value,
        // Check has evaluated every figure, so reading one here never fails; templates print it like any number.
        ComputedValue figure => figure.Value,
        _ => null,
    };

    /// <summary>A <c>map of T</c>: its keys as written, each value converted as a T.</summary>
    private Dictionary<string, object?> Map(ObjectValue map, FieldType? valueType)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        _byPath[map.Path] = result;
        foreach (var (key, value) in map.Entries) result[key] = Convert(value, valueType);
        return result;
    }
}
