using FilingForge.Diagnostics;
using FilingForge.Profiles;

namespace FilingForge.Loading;

/// <summary>
/// <c>filing.yaml</c>: what a data folder says about itself, today the profile its files are written in
/// (<c>profile: schedule-14a-1992</c>). A folder without one is read with <see cref="ProfileCatalog.DefaultProfile"/>.
/// </summary>
internal static class FilingManifest
{
    public const string BaseName = "filing";

    /// <summary>A filing's own tie-outs, beside its data files, added to its profile's (docs/profiles.md).</summary>
    public const string TieOutsFileName = "tie-outs.yaml";

    /// <summary>The warnings a filing's reviewers examined and accept (<c>Checks/ReviewedWarnings</c>).</summary>
    public const string ReviewedFileName = "reviewed.yaml";
    private const string ProfileKey = "profile";

    /// <summary>The folder of a filing's own declarations, which extend its profile (docs/profiles.md).</summary>
    public const string ExtensionFolderName = "profile";

    public static IEnumerable<string> FileNames => DataFileNames.Of(BaseName);

    /// <summary>The folder's profile, or null after reporting why it cannot be had.</summary>
    public static Profile? ProfileOf(string directory, IReadOnlyCollection<string> fileNames, DiagnosticBag diagnostics)
    {
        var present = FileNames.Where(fileNames.Contains).ToList();
        if (present.Count == 0)
            return ProfileCatalog.Find(ProfileCatalog.DefaultProfile, ProfileCatalog.DefaultDirectory(), new SourceLocation(DisplayPath.Of(directory), 0, 0), diagnostics);
        if (present.Count > 1)
        {
            diagnostics.Report(LoadDiagnostics.AmbiguousDataFile, new SourceLocation(DisplayPath.Of(Path.Combine(directory, present[1])), 0, 0), present[0], present[1]);
            return null;
        }

        return Read(Path.Combine(directory, present[0]), diagnostics) is { } name
            ? ProfileCatalog.Find(name.Value, ProfileCatalog.DefaultDirectory(), name.Location, diagnostics)
            : null;
    }

    private static DataScalar? Read(string path, DiagnosticBag diagnostics)
    {
        var found = new DiagnosticBag();
        var root = DataTree.Read(path, DisplayPath.Of(path), found);
        var name = root is null ? null : ProfileName(root, found);
        diagnostics.AddRange(found.Items);
        return found.HasErrors ? null : name;
    }

    private static DataScalar? ProfileName(DataNode root, DiagnosticBag diagnostics)
    {
        if (root is not DataMapping mapping)
        {
            diagnostics.Report(LoadDiagnostics.WrongKind, root.Location, BaseName, "a mapping with `profile`", root.Describe());
            return null;
        }

        foreach (var (key, _) in mapping.Entries.Where(e => e.Key.Value != ProfileKey))
            diagnostics.Report(LoadDiagnostics.UnknownKey, key.Location, key.Value, $"; {BaseName}.yaml holds only `{ProfileKey}`");
        var value = mapping.Entries.FirstOrDefault(e => e.Key.Value == ProfileKey)?.Value;
        switch (value)
        {
            case null:
                diagnostics.Report(LoadDiagnostics.MissingKey, mapping.Location, ProfileKey, mapping.Location.Line);
                return null;
            case DataScalar { IsNull: false } scalar:
                return scalar;
            default:
                diagnostics.Report(LoadDiagnostics.WrongKind, value.Location, ProfileKey, "the name of a profile", value.Describe());
                return null;
        }
    }
}
