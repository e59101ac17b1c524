using System.Collections.Concurrent;
using FilingForge.Diagnostics;
using FilingForge.Loading;

namespace FilingForge.Profiles;

/// <summary>
/// The folder of profiles a filing names its profile in (<c>profiles/&lt;name&gt;/</c>), and the profiles read from it,
/// kept for the process while their files are unchanged: a process that builds repeatedly reads each profile once.
/// </summary>
public static class ProfileCatalog
{
    /// <summary>The profile of a data folder that has no <c>filing.yaml</c>: the form the first sample is written in.</summary>
    public const string DefaultProfile = "schedule-14a-1992";

    private static readonly ConcurrentDictionary<string, (string Stamp, Profile Profile)> Read = new(StringComparer.Ordinal);

    /// <summary>
    /// The project's own <c>profiles/</c> when run inside a filing repository (so that diagnostics point at the files
    /// the team edits), otherwise the profiles installed with FilingForge.
    /// </summary>
    public static string DefaultDirectory() =>
        File.Exists(Path.Combine("profiles", DefaultProfile, "profile.yaml")) ? "profiles" : Path.Combine(AppContext.BaseDirectory, "profiles");

    /// <summary>The profile <paramref name="name"/> of <paramref name="catalog"/>, or null after reporting at <paramref name="requestedAt"/> why not.</summary>
    public static Profile? Find(string name, string catalog, SourceLocation requestedAt, DiagnosticBag diagnostics)
    {
        var directory = Path.Combine(catalog, name);
        if (!IsProfileName(name) || !File.Exists(Path.Combine(directory, "profile.yaml")))
        {
            var available = Names(catalog);
            diagnostics.Report(ProfileDiagnostics.ProfileNotFound, requestedAt, name, DisplayPath.Of(catalog),
                NameSuggestion.DidYouMean(name, available) is { Length: > 0 } hint ? hint : $"; available: {string.Join(", ", available)}");
            return null;
        }

        var key = Path.GetFullPath(directory);
        var stamp = Stamp(directory);
        if (Read.TryGetValue(key, out var cached) && cached.Stamp == stamp) return cached.Profile;
        var profile = ProfileReader.Read(directory, diagnostics);
        if (profile is not null) Read[key] = (stamp, profile);
        return profile;
    }

    /// <summary>The names of the profiles in <paramref name="catalog"/>, in order.</summary>
    public static IReadOnlyList<string> Names(string catalog) =>
        Directory.Exists(catalog)
            ? Directory.GetDirectories(catalog).Where(d => File.Exists(Path.Combine(d, "profile.yaml"))).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal).ToList()
            : [];

    private static bool IsProfileName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>Every file's path, length and time of last change: a profile edited on disk is read again.</summary>
    private static string Stamp(string directory) =>
        string.Join("|", Directory.GetFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new FileInfo(f))
            .Select(f => $"{f.FullName}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
}
