using FilingForge.Diagnostics;
using FilingForge.Profiles;

namespace FilingForge.Values;

/// <summary>
/// A loaded filing: every data file as its profile types it, by the file's base name (<c>auditor-fees</c>), and the
/// folder it came from (its name is the filing's).
/// </summary>
public sealed class FilingValues
{
    public FilingValues(Profile profile, IReadOnlyDictionary<string, ObjectValue> files, string name = "", string directory = "")
    {
        Profile = profile;
        Files = files;
        Name = name;
        Directory = directory;
        // A figure may read another file (`meeting:shares_outstanding`): each learns its filing once, here.
        foreach (var file in files.Values) Adopt(file);
    }

    public Profile Profile { get; }

    /// <summary>The filing's name, its data folder's.</summary>
    public string Name { get; }

    public string Directory { get; }

    public IReadOnlyDictionary<string, ObjectValue> Files { get; }

    /// <summary>
    /// The data file of that base name; an empty object when the filing's profile has no such file, so a rule or a
    /// figure over a file another form of filing lacks reads nothing rather than failing.
    /// </summary>
    public ObjectValue File(string baseName) =>
        Files.TryGetValue(baseName, out var file) ? file : new ObjectValue(SourceLocation.None, baseName, []);

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
