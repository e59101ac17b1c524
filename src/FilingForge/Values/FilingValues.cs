using FilingForge.Diagnostics;
using FilingForge.Profiles;

namespace FilingForge.Values;

/// <summary>
/// A loaded filing: every data file as its profile types it, by the file's base name (<c>auditor-fees</c>), and its
/// name (its folder's).
/// </summary>
public sealed class FilingValues
{
    private readonly Lazy<IReadOnlyDictionary<string, ObjectValue>> _people;

    public FilingValues(Profile profile, IReadOnlyDictionary<string, ObjectValue> files, string name = "")
    {
        Profile = profile;
        Files = files;
        Name = name;
        _people = new Lazy<IReadOnlyDictionary<string, ObjectValue>>(() => PeopleOf(File("people")));
        // A figure may read another file (`meeting:shares_outstanding`): each learns its filing once, here.
        foreach (var file in files.Values) Adopt(file);
    }

    public Profile Profile { get; }

    /// <summary>The filing's name, its data folder's.</summary>
    public string Name { get; }

    public IReadOnlyDictionary<string, ObjectValue> Files { get; }

    /// <summary>
    /// The data file of that base name; an empty object when the filing's profile has no such file, so a rule or a
    /// figure over a file another form of filing lacks reads nothing rather than failing.
    /// </summary>
    public ObjectValue File(string baseName) =>
        Files.TryGetValue(baseName, out var file) ? file : new ObjectValue(SourceLocation.None, baseName, []);

    /// <summary>
    /// <c>people.yaml</c>'s people by id, which every person id of the other files names: the first entry wins when an
    /// id is given twice (Check reports it, FF3102).
    /// </summary>
    public IReadOnlyDictionary<string, ObjectValue> PeopleById => _people.Value;

    private static Dictionary<string, ObjectValue> PeopleOf(ObjectValue file)
    {
        var byId = new Dictionary<string, ObjectValue>(StringComparer.Ordinal);
        foreach (var person in file.Objects("people"))
            if (person.Text("id") is { } id) byId.TryAdd(id, person);
        return byId;
    }

    private void Adopt(DataValue value)
    {
        switch (value)
        {
            case ComputedValue figure: figure.Filing = this; break;
            case ObjectValue item: foreach (var (_, field) in item.Entries) Adopt(field); break;
            case ListValue list: foreach (var entry in list.Items) Adopt(entry); break;
        }
    }
}
