using FilingForge.Diagnostics;
using FilingForge.Profiles;

namespace FilingForge.Values;

/// <summary>
/// A loaded filing: every data file as its profile types it, by the file's base name (<c>auditor-fees</c>), and the
/// folder it came from (its name is the filing's).
/// </summary>
public sealed class FilingValues(Profile profile, IReadOnlyDictionary<string, ObjectValue> files, string name = "", string directory = "")
{
    public Profile Profile { get; } = profile;

    /// <summary>The filing's name, its data folder's.</summary>
    public string Name { get; } = name;

    public string Directory { get; } = directory;

    public IReadOnlyDictionary<string, ObjectValue> Files { get; } = files;

    /// <summary>
    /// The data file of that base name; an empty object when the filing's profile has no such file, so a rule or a
    /// figure over a file another form of filing lacks reads nothing rather than failing.
    /// </summary>
    public ObjectValue File(string baseName) =>
        Files.TryGetValue(baseName, out var file) ? file : new ObjectValue(SourceLocation.None, baseName, []);
}
