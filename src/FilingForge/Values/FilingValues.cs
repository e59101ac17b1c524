using FilingForge.Profiles;

namespace FilingForge.Values;

/// <summary>Every data file of a filing as its profile types it, by the file's base name (<c>auditor-fees</c>).</summary>
public sealed class FilingValues(Profile profile, IReadOnlyDictionary<string, ObjectValue> files)
{
    public Profile Profile { get; } = profile;
    public IReadOnlyDictionary<string, ObjectValue> Files { get; } = files;
}
