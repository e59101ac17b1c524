using FilingForge.Diagnostics;
using FilingForge.Profiles;
using FilingForge.Values;

namespace FilingForge.Loading;

/// <summary>
/// Binds a data file's node tree to its declaration in the profile, strictly: every key must be declared, every
/// required field must be written, every value must have its field's type and lie in its range. It reports every
/// problem it finds and keeps going, so one run shows all of a file's mistakes; the caller discards the tree when
/// anything was reported. The result is complete: a field not written holds its declared default, or null.
/// Nothing here knows a C# model class: the declaration is data, so a profile's new field is read like any other.
/// </summary>
internal sealed partial class ValueBinder
{
    private const string MergeKey = "<<";

    private readonly string _fileName;
    private readonly FileDiagnostics _diagnostics;
    private readonly Profile _profile;

    private ValueBinder(string fileName, FileDiagnostics diagnostics, Profile profile)
    {
        _fileName = fileName;
        _diagnostics = diagnostics;
        _profile = profile;
    }

    /// <summary>
    /// The typed tree, or null when the file does not fit <paramref name="declaration"/> (reported).
    /// <paramref name="fileName"/> starts every data path, such as <c>summary-compensation.yaml#officers[2]</c>.
    /// </summary>
    /// <param name="profile">Where the object types and enumerations the declaration names are declared.</param>
    public static ObjectValue? Bind(DataNode root, ObjectTypeDeclaration declaration, Profile profile, string fileName, FileDiagnostics diagnostics)
    {
        var binder = new ValueBinder(fileName, diagnostics, profile);
        var label = Path.GetFileNameWithoutExtension(fileName);
        switch (root)
        {
            case DataMapping mapping:
                return binder.BindObject(mapping, declaration, "", isDefault: false);
            case DataScalar { IsNull: true }:
                diagnostics.Report(LoadDiagnostics.NullNotAllowed, root.Location, label);
                return null;
            case DataRejected:
                return null;
            default:
                diagnostics.Report(LoadDiagnostics.WrongKind, root.Location, label, "a mapping", root.Describe());
                return null;
        }
    }

    /// <summary>
    /// A field's declared default, bound like data against its own field; the profile reader binds each once, so a
    /// default that does not fit its field is a mistake in the profile rather than in every filing that omits it.
    /// </summary>
    public static DataValue? BindDefault(FieldDeclaration field, Profile profile, FileDiagnostics diagnostics) =>
        field.Default is { } fallback
            ? new ValueBinder(fallback.Location.File, diagnostics, profile).Bind(fallback, field.Type, nullable: true, field.Key, field.Key, field, isDefault: true)
            : null;

    /// <param name="label">How messages name the value: its key, or <c>years[1]</c> for a list item.</param>
    /// <param name="path">The value's data path within the file, such as <c>officers[2].years[0]</c>.</param>
    /// <param name="field">The declaration of the value's field (a list's items and a map's values share it).</param>
    private DataValue? Bind(DataNode node, FieldType type, bool nullable, string label, string path, FieldDeclaration field, bool isDefault)
    {
        if (node is DataRejected) return null;
        if (node is DataScalar { IsNull: true })
        {
            if (nullable) return new ScalarValue(node.Location, null, isDefault);
            _diagnostics.Report(LoadDiagnostics.NullNotAllowed, node.Location, label);
            return null;
        }

        return type switch
        {
            ListType list => BindList(node, list, label, path, field, isDefault),
            MapType map => BindMap(node, map, label, path, field, isDefault),
            NamedType named when _profile.Types.TryGetValue(named.Name, out var declared) =>
                node is DataMapping mapping ? BindObject(mapping, declared, path, isDefault) : WrongKind(node, type, label),
            NamedType named => BindEnumeration(node, _profile.Enumerations[named.Name], label, isDefault),
            ScalarType scalar => BindScalar(node, scalar.Kind, label, field, isDefault),
            _ => throw new InvalidOperationException($"{type} is not a field type."),
        };
    }

    private ObjectValue? BindObject(DataMapping mapping, ObjectTypeDeclaration declaration, string path, bool isDefault)
    {
        var ok = true;
        var written = new Dictionary<string, DataValue>(StringComparer.Ordinal);
        foreach (var (key, node) in mapping.Entries)
        {
            if (declaration.Find(key.Value) is not { } field)
            {
                _diagnostics.Report(LoadDiagnostics.UnknownKey, key.Location, key.Value, UnknownKeyHint(key.Value, declaration));
                ok = false;
            }
            else if (field.Computed is not null)
            {
                _diagnostics.Report(LoadDiagnostics.ComputedFieldWritten, key.Location, key.Value, field.Computed.Text);
                ok = false;
            }
            else if (Bind(node, field.Type, field.Nullable, field.Key, Child(path, field.Key), field, isDefault) is { } value)
                written[field.Key] = value;
            else
                ok = false;
        }

        foreach (var field in declaration.Fields.Where(f => f.Required && !mapping.Entries.Any(e => e.Key.Value == f.Key)))
        {
            _diagnostics.Report(LoadDiagnostics.MissingKey, mapping.Location, field.Key, mapping.Location.Line);
            ok = false;
        }

        if (!ok) return null;
        var fields = declaration.Fields
            .Select(f => KeyValuePair.Create(f.Key, written.GetValueOrDefault(f.Key) ?? Unwritten(f, mapping, path)))
            .ToList();
        return new ObjectValue(mapping.Location, ObjectPath(path), fields, isDefault);
    }

    /// <summary>A derived figure, or the declared default bound like data (the profile reader has bound it once already), or null.</summary>
    private DataValue Unwritten(FieldDeclaration field, DataMapping owner, string path) =>
        field.Computed is not null ? new ComputedValue(owner.Location, field)
        : field.Default is { } fallback && Bind(fallback, field.Type, nullable: true, field.Key, Child(path, field.Key), field, isDefault: true) is { } value
            ? value
            : new ScalarValue(owner.Location, null, isDefault: true);

    private string UnknownKeyHint(string key, ObjectTypeDeclaration declaration)
    {
        var keys = declaration.Fields.Select(f => f.Key).ToArray();
        return key == MergeKey ? "; YAML merge keys are not supported in filing data: write the keys out in full"
            : DataKeySuggestion.Closest(key, keys) is { } best ? $"; did you mean `{best}`?"
            : $"; expected one of: {string.Join(", ", keys)}";
    }

    private ListValue? BindList(DataNode node, ListType type, string label, string path, FieldDeclaration field, bool isDefault)
    {
        if (node is not DataSequence sequence) return (ListValue?)WrongKind(node, type, label);
        var ok = true;
        var items = new List<DataValue>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var index = $"[{i}]";
            if (Bind(sequence.Items[i], type.Item, nullable: false, label + index, path + index, field, isDefault) is { } item) items.Add(item);
            else ok = false;
        }

        return ok ? new ListValue(node.Location, items, isDefault) : null;
    }

    private ObjectValue? BindMap(DataNode node, MapType type, string label, string path, FieldDeclaration field, bool isDefault)
    {
        if (node is not DataMapping mapping) return (ObjectValue?)WrongKind(node, type, label);
        var ok = true;
        var entries = new List<KeyValuePair<string, DataValue>>(mapping.Entries.Count);
        foreach (var (key, valueNode) in mapping.Entries)
        {
            if (Bind(valueNode, type.Value, nullable: false, $"{label}.{key.Value}", Child(path, key.Value), field, isDefault) is { } item)
                entries.Add(KeyValuePair.Create(key.Value, item));
            else ok = false;
        }

        return ok ? new ObjectValue(mapping.Location, ObjectPath(path), entries, isDefault) : null;
    }

    private DataValue? WrongKind(DataNode node, FieldType type, string label)
    {
        _diagnostics.Report(LoadDiagnostics.WrongKind, node.Location, label, Expectation(type), node.Describe());
        return null;
    }

    /// <summary>How an error message names what was expected.</summary>
    private string Expectation(FieldType type) => type switch
    {
        ListType => "a list",
        MapType => "a mapping",
        NamedType named when _profile.Enumerations.TryGetValue(named.Name, out var enumeration) =>
            "one of: " + string.Join(", ", enumeration.Values.Select(v => v.Value)),
        NamedType => "a mapping",
        ScalarType scalar => Expectation(scalar.Kind),
        _ => type.ToString(),
    };

    private string ObjectPath(string path) => path.Length == 0 ? _fileName : $"{_fileName}#{path}";

    private static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
