using FilingForge.Diagnostics;
using FilingForge.Profiles;
using FilingForge.Values;

namespace FilingForge.Loading;

/// <summary>
/// The Load stage: a filing's data folder, or one data file, bound by its profile into the value tree. Every problem becomes a diagnostic; a file with any error yields
/// no value at all, so later stages never see half-read data.
/// </summary>
public static class FilingLoader
{
    /// <summary>
    /// Reads every data file of <paramref name="directory"/> (the files its profile lists). Returns null when
    /// any file is missing, given twice, or has an error; the reasons are in <paramref name="diagnostics"/>.
    /// </summary>
    public static FilingValues? Load(string directory, DiagnosticBag diagnostics)
    {
        var folder = DisplayPath.Of(directory);
        if (!System.IO.Directory.Exists(directory))
        {
            diagnostics.Report(LoadDiagnostics.DataFolderNotFound, new SourceLocation(folder, 0, 0), folder);
            return null;
        }

        var fileNames = System.IO.Directory.EnumerateFiles(directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToArray();
        var profile = ProfileOf(directory, fileNames, diagnostics);
        if (profile is null) return null;
        ReportUnexpectedFiles(directory, fileNames, profile, diagnostics);

        var values = new Dictionary<string, ObjectValue>(StringComparer.Ordinal);
        var failed = false;
        foreach (var declaration in profile.Files)
        {
            // Sequential on purpose: the files are small, and reading them in parallel measured slower (CPU spent in
            // coordination) on a busy two-core machine.
            var path = FindDataFile(declaration.Name, directory, fileNames, diagnostics);
            if (path is not null && LoadValues(declaration, profile, path, diagnostics) is { } value) values[declaration.Name] = value;
            else failed = true;
        }

        if (failed) return null;
        return new FilingValues(profile, values, FolderName(directory));
    }

    /// <summary>
    /// Reads one data file of a filing in <paramref name="profile"/>, found by its name (<c>auditor-fees.json</c> is
    /// the profile's <c>auditor-fees</c>). Null when the profile has no such file or the file has any error (reported).
    /// </summary>
    public static ObjectValue? LoadFile(string path, Profile profile, DiagnosticBag diagnostics)
    {
        if (DataFileNames.BaseNameOf(path) is { } baseName && profile.File(baseName) is { } declaration)
            return LoadValues(declaration, profile, path, diagnostics);
        diagnostics.Report(LoadDiagnostics.UnexpectedFile, new SourceLocation(DisplayPath.Of(path), 0, 0), Path.GetFileName(path), "");
        return null;
    }

    /// <summary>
    /// The folder's profile (<c>filing.yaml</c>), extended by its own declarations (<c>profile/</c>) and its own
    /// tie-outs (<c>tie-outs.yaml</c> beside the data), or null after reporting why it cannot be had.
    /// </summary>
    private static Profile? ProfileOf(string directory, string[] fileNames, DiagnosticBag diagnostics)
    {
        var profile = FilingManifest.ProfileOf(directory, fileNames, diagnostics);
        var extension = Path.Combine(directory, FilingManifest.ExtensionFolderName);
        if (profile is not null && System.IO.Directory.Exists(extension))
            profile = ProfileReader.WithExtension(profile, extension, diagnostics);
        if (profile is not null && fileNames.Contains(FilingManifest.TieOutsFileName))
            profile = ProfileReader.WithFilingTieOuts(profile, Path.Combine(directory, FilingManifest.TieOutsFileName), diagnostics);
        return profile;
    }

    /// <summary>Reads one data file of a filing into its declared value tree; null on any error.</summary>
    internal static ObjectValue? LoadValues(DataFileDeclaration declaration, Profile profile, string path, DiagnosticBag diagnostics)
    {
        var file = DisplayPath.Of(path);
        var fileDiagnostics = new FileDiagnostics(file);
        var root = DataTree.Read(path, file, fileDiagnostics);
        var value = root is null ? null : ValueBinder.Bind(root, declaration, profile, Path.GetFileName(path), fileDiagnostics);
        diagnostics.AddRange(fileDiagnostics.Items);
        return fileDiagnostics.HasErrors ? null : value;
    }

    private static string? FindDataFile(string baseName, string directory, string[] fileNames, DiagnosticBag diagnostics)
    {
        var candidates = DataFileNames.Of(baseName).ToArray();
        var present = candidates.Where(n => Array.BinarySearch(fileNames, n, StringComparer.Ordinal) >= 0).ToArray();
        switch (present.Length)
        {
            case 0:
                // A folder of the file's name is not a missing file: saying "missing" sends the user looking for nothing.
                if (candidates.FirstOrDefault(n => System.IO.Directory.Exists(Path.Combine(directory, n))) is { } folder)
                    diagnostics.Report(LoadDiagnostics.FileUnreadable, new SourceLocation(DisplayPath.Of(Path.Combine(directory, folder)), 0, 0),
                        "it is a folder, not a data file");
                else
                    diagnostics.Report(LoadDiagnostics.MissingDataFile, new SourceLocation(DisplayPath.Of(directory), 0, 0),
                        Alternatives(candidates));
                return null;
            case 1:
                return Path.Combine(directory, present[0]);
            default:
                var second = Path.Combine(directory, present[1]);
                diagnostics.Report(LoadDiagnostics.AmbiguousDataFile, new SourceLocation(DisplayPath.Of(second), 0, 0),
                    present[0], present[1]);
                return null;
        }
    }

    /// <summary><c>`a.yaml`, `a.yml` or `a.json`</c>.</summary>
    private static string Alternatives(IEnumerable<string> names)
    {
        var quoted = names.Select(n => $"`{n}`").ToArray();
        return quoted.Length == 1 ? quoted[0] : $"{string.Join(", ", quoted[..^1])} or {quoted[^1]}";
    }

    private static void ReportUnexpectedFiles(string directory, string[] fileNames, Profile profile, DiagnosticBag diagnostics)
    {
        var expected = profile.Files.SelectMany(f => DataFileNames.Of(f.Name)).Concat(FilingManifest.FileNames).Append(FilingManifest.TieOutsFileName)
            .Append(FilingManifest.ReviewedFileName)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var name in fileNames.Where(n => !expected.Contains(n) && !IsCompanionFile(n)))
        {
            var hint = DataFileNames.Extensions.Contains(Path.GetExtension(name).ToLowerInvariant())
                ? DataKeySuggestion.DidYouMean(name, expected)
                : "";
            diagnostics.Report(LoadDiagnostics.UnexpectedFile, new SourceLocation(DisplayPath.Of(Path.Combine(directory, name)), 0, 0),
                name, hint);
        }
    }

    /// <summary>Files that belong beside the data without being data: notes, spreadsheets exported for checking, dot-files.</summary>
    private static bool IsCompanionFile(string name) =>
        name.StartsWith('.') ||
        name.StartsWith("README", StringComparison.OrdinalIgnoreCase) ||
        Path.GetExtension(name).ToLowerInvariant() is ".md" or ".csv";

    private static string FolderName(string directory) =>
        Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
}
