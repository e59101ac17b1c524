using FilingForge.Diagnostics;
using FilingForge.Values;
using FilingForge.Profiles;

namespace FilingForge.Checks;

/// <summary>
/// Visits every object of a filing's value tree and every number and Markdown text in it, with the profile's declaration
/// of each, for rules that hold for all fields alike (no negative amounts, no percentage over 100, no raw HTML). The
/// profile, not a C# class, lists the fields, so a field a profile adds gets these rules with no change here; and no
/// reflection is needed, so the Check stage compiles ahead of time. Only values the user wrote are visited: a declared
/// default is never reported, at a place the user did not write.
/// </summary>
internal static class ValueWalker
{
    /// <summary>A written field of an object and the declaration of it; a map's entries share the map field's declaration.</summary>
    public sealed record DeclaredField(string Key, FieldDeclaration Declaration, DataValue Value);

    /// <summary>An object with its written fields; <paramref name="TypeName"/> is its declared type (<c>map of …</c> for a map).</summary>
    public sealed record DeclaredObject(ObjectValue Value, string TypeName, IReadOnlyList<DeclaredField> Fields);

    /// <summary>A written number (an item of a list of numbers included) with the kind and range its field declares.</summary>
    public sealed record NumericField(ObjectValue Owner, string Key, FieldDeclaration Declaration, decimal Value)
    {
        public string Name => Describe(Owner, Key);

        /// <summary>Where the field was written; for an item of a list, the list, as the message names the field.</summary>
        public SourceLocation Location => Owner.LocationOf(Key);

        public ScalarKind? Kind => Declaration.Kind;
    }

    /// <summary>A written Markdown value (a biography, a report); <paramref name="Location"/> is where its text starts.</summary>
    public sealed record MarkdownField(ObjectValue Owner, string Key, MarkdownText Text, SourceLocation Location)
    {
        public string Name => Describe(Owner, Key);
    }

    /// <summary>Every object of every data file, depth first, in the order the profile lists files and fields.</summary>
    public static IEnumerable<DeclaredObject> Objects(FilingValues values)
    {
        foreach (var file in values.Profile.Files)
        {
            if (!values.Files.TryGetValue(file.Name, out var root)) continue;
            foreach (var declared in Objects(values.Profile, root, file)) yield return declared;
        }
    }

    public static IEnumerable<NumericField> NumericFields(FilingValues values) =>
        from declared in Objects(values)
        from field in declared.Fields
        from scalar in Scalars(field.Value)
        where scalar.Value is decimal
        select new NumericField(declared.Value, field.Key, field.Declaration, (decimal)scalar.Value!);

    /// <summary>A written footnote marker (a field of kind <c>marker</c>) and the data file it is written in.</summary>
    public sealed record MarkerField(string File, ObjectValue Owner, string Key, string Marker, SourceLocation Location);

    /// <summary>Every footnote marker written in the filing, by data file, for the check that each is defined.</summary>
    public static IEnumerable<MarkerField> MarkerFields(FilingValues values)
    {
        foreach (var file in values.Profile.Files)
        {
            if (!values.Files.TryGetValue(file.Name, out var root)) continue;
            foreach (var declared in Objects(values.Profile, root, file))
            foreach (var field in declared.Fields.Where(f => f.Declaration.Kind == ScalarKind.Marker))
            foreach (var scalar in Scalars(field.Value))
                if (scalar.Value is string marker) yield return new MarkerField(file.Name, declared.Value, field.Key, marker, scalar.Location);
        }
    }

    /// <summary>Every Markdown value of the filing, so that its content is checked wherever next year's field puts one.</summary>
    public static IEnumerable<MarkdownField> MarkdownFields(FilingValues values) =>
        from declared in Objects(values)
        from field in declared.Fields
        from scalar in Scalars(field.Value)
        where scalar.Value is MarkdownText
        select new MarkdownField(declared.Value, field.Key, (MarkdownText)scalar.Value!, scalar.Location);

    /// <summary>The field as a user finds it: <c>summary-compensation.yaml#officers[1].years[0].salary</c>.</summary>
    public static string Describe(ObjectValue owner, string key) => $"{owner.Path}.{key}";

    private static IEnumerable<DeclaredObject> Objects(Profile profile, ObjectValue value, ObjectTypeDeclaration type)
    {
        var fields = type.Fields
            .Select(f => (Declaration: f, Value: value[f.Key]))
            .Where(f => f.Value is { IsDefault: false })
            .Select(f => new DeclaredField(f.Declaration.Key, f.Declaration, f.Value!))
            .ToArray();
        return Nested(profile, new DeclaredObject(value, type.Name, fields));
    }

    /// <summary>A map's entries are its fields, each declared as the map field is, with the map's value type.</summary>
    private static IEnumerable<DeclaredObject> Map(Profile profile, ObjectValue value, FieldDeclaration field, MapType map)
    {
        var entry = field with { Type = map.Value };
        var fields = value.Entries
            .Where(e => !e.Value.IsDefault)
            .Select(e => new DeclaredField(e.Key, entry, e.Value))
            .ToArray();
        return Nested(profile, new DeclaredObject(value, map.ToString(), fields));
    }

    private static IEnumerable<DeclaredObject> Nested(Profile profile, DeclaredObject declared) =>
        declared.Fields.SelectMany(f => Within(profile, f.Value, f.Declaration, f.Declaration.Type)).Prepend(declared);

    /// <summary>The objects a value holds: itself when it is one, its items' when it is a list.</summary>
    private static IEnumerable<DeclaredObject> Within(Profile profile, DataValue value, FieldDeclaration field, FieldType type) => (value, type) switch
    {
        ({ IsDefault: true }, _) => [],
        (ListValue list, ListType listType) => list.Items.SelectMany(item => Within(profile, item, field, listType.Item)),
        (ObjectValue map, MapType mapType) => Map(profile, map, field, mapType),
        (ObjectValue obj, NamedType named) when profile.Types.TryGetValue(named.Name, out var declared) => Objects(profile, obj, declared),
        _ => [],
    };

    /// <summary>The scalars a field holds: itself, or the items of a list (of lists) of scalars.</summary>
    private static IEnumerable<ScalarValue> Scalars(DataValue value) => value switch
    {
        { IsDefault: true } => [],
        ScalarValue scalar => [scalar],
        ListValue list => list.Items.SelectMany(Scalars),
        _ => [],
    };
}
