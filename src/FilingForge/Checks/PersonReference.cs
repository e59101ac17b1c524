using FilingForge.Diagnostics;
using FilingForge.Profiles;
using FilingForge.Values;

namespace FilingForge.Checks;

/// <summary>
/// A person id written somewhere in the data: the object and field that hold it, the item's index when the field is a
/// list of people, and the id.
/// </summary>
public sealed record PersonReference(ObjectValue Owner, string Key, int? Index, string Id)
{
    /// <summary>Where the id was written: the field, or the list's item.</summary>
    public SourceLocation Location => Index is { } i ? Owner.LocationOfItem(Key, i) : Owner.LocationOf(Key);

    /// <summary>The field as a user finds it, for the message: <c>committees.yaml#committees[0].members</c>.</summary>
    public string Context => ValueWalker.Describe(Owner, Key);

    /// <summary>
    /// Every person reference of the filing, file by file: every written field the profile declares as <c>person</c> or
    /// <c>list of person</c>. The profile, not this class, lists them, so a field a profile adds is checked too.
    /// </summary>
    public static IEnumerable<PersonReference> All(FilingValues values) =>
        from declared in ValueWalker.Objects(values)
        from field in declared.Fields
        from reference in Of(declared.Value, field)
        select reference;

    private static IEnumerable<PersonReference> Of(ObjectValue owner, ValueWalker.DeclaredField field) => (field.Declaration.Type, field.Value) switch
    {
        (ScalarType { Kind: ScalarKind.Person }, ScalarValue { Value: string id }) => [new(owner, field.Key, null, id)],
        (ListType { Item: ScalarType { Kind: ScalarKind.Person } }, ListValue list) =>
            list.Items.Select((item, i) => item is ScalarValue { Value: string id } ? new PersonReference(owner, field.Key, i, id) : null).OfType<PersonReference>(),
        _ => [],
    };
}
