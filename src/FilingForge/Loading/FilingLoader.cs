using FilingForge.Diagnostics;
using FilingForge.Loading.Projection;
using FilingForge.Model;
using FilingForge.Profiles;
using FilingForge.Values;

namespace FilingForge.Loading;

/// <summary>
/// The Load stage: a filing's data folder, or one data file, into the typed model. Every problem becomes a
/// diagnostic; a file with any error yields no object at all, so later stages never see half-read data.
/// </summary>
public static class FilingLoader
{
    /// <summary>
    /// Reads every data file of <paramref name="directory"/> (see <see cref="DataFileKind.All"/>). Returns null when
    /// any file is missing, given twice, or has an error; the reasons are in <paramref name="diagnostics"/>.
    /// </summary>
    public static Filing? Load(string directory, DiagnosticBag diagnostics)
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
        ReportUnexpectedFiles(directory, fileNames, diagnostics);
        var profile = FilingManifest.ProfileOf(directory, fileNames, diagnostics);
        if (profile is not null && fileNames.Contains(FilingManifest.TieOutsFileName))
            profile = ProfileReader.WithFilingTieOuts(profile, Path.Combine(directory, FilingManifest.TieOutsFileName), diagnostics);
        if (profile is null) return null;

        var kinds = DataFileKind.All;
        var declared = DeclaredFields.Of(profile, kinds);
        var models = new ModelNode?[kinds.Count];
        var values = new Dictionary<string, ObjectValue>(StringComparer.Ordinal);
        for (var i = 0; i < kinds.Count; i++)
        {
            // Sequential on purpose: the files are small, and reading them in parallel measured slower (CPU spent in
            // coordination) on a busy two-core machine.
            if (FindDataFile(kinds[i], directory, fileNames, diagnostics) is not { } path) continue;
            (models[i], var root) = LoadFile(kinds[i].ModelType, path, diagnostics, declared);
            if (models[i] is not null && root is DataMapping mapping && profile.File(kinds[i].BaseName) is { } file)
                values[file.Name] = ValueTreeBuilder.Build(mapping, file, profile, Path.GetFileName(path));
        }

        // The bound models only vouch for the files (their diagnostics); the filing is projected from the value tree.
        if (models.Any(m => m is null)) return null;
        return FilingProjection.Of(new FilingValues(profile, values), FolderName(directory), directory);
    }

    /// <summary>Reads one data file, such as <c>templates/shared/theme.yaml</c>, into <typeparamref name="T"/>.</summary>
    public static T? LoadFile<T>(string path, DiagnosticBag diagnostics) where T : ModelNode =>
        (T?)LoadFile(typeof(T), path, diagnostics);

    /// <summary>
    /// Reads one data file into <paramref name="modelType"/>, a model class. The result is null when the file has any
    /// error: never an object alongside an error.
    /// </summary>
    public static ModelNode? LoadFile(Type modelType, string path, DiagnosticBag diagnostics) =>
        LoadFile(modelType, path, diagnostics, DeclaredFields.None).Model;

    /// <summary>The bound model and the node tree it was bound from (for the profile's value tree), or nulls.</summary>
    private static (ModelNode? Model, DataNode? Root) LoadFile(Type modelType, string path, DiagnosticBag diagnostics, DeclaredFields declared)
    {
        var file = DisplayPath.Of(path);
        var fileDiagnostics = new FileDiagnostics(file);
        var (model, root) = Read(modelType, path, file, fileDiagnostics, declared);
        diagnostics.AddRange(fileDiagnostics.Items);
        return fileDiagnostics.HasErrors ? (null, null) : (model, root);
    }

    private static (ModelNode?, DataNode?) Read(Type modelType, string path, string file, FileDiagnostics diagnostics, DeclaredFields declared)
    {
        var text = DataFileText.Read(path, file, diagnostics);
        if (text is null) return (null, null);

        var isJson = Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase);
        if (isJson && !JsonSyntaxCheck.IsValid(text, file, diagnostics)) return (null, null);

        var root = YamlTreeReader.Read(text, file, diagnostics);
        return root is null ? (null, null) : (ModelBinder.Bind(modelType, root, Path.GetFileName(path), diagnostics, declared), root);
    }

    private static string? FindDataFile(DataFileKind kind, string directory, string[] fileNames, DiagnosticBag diagnostics)
    {
        var present = kind.FileNames.Where(n => Array.BinarySearch(fileNames, n, StringComparer.Ordinal) >= 0).ToArray();
        switch (present.Length)
        {
            case 0:
                // A folder of the file's name is not a missing file: saying "missing" sends the user looking for nothing.
                if (kind.FileNames.FirstOrDefault(n => System.IO.Directory.Exists(Path.Combine(directory, n))) is { } folder)
                    diagnostics.Report(LoadDiagnostics.FileUnreadable, new SourceLocation(DisplayPath.Of(Path.Combine(directory, folder)), 0, 0),
                        "it is a folder, not a data file");
                else
                    diagnostics.Report(LoadDiagnostics.MissingDataFile, new SourceLocation(DisplayPath.Of(directory), 0, 0),
                        Alternatives(kind.FileNames));
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

    private static void ReportUnexpectedFiles(string directory, string[] fileNames, DiagnosticBag diagnostics)
    {
        var expected = DataFileKind.All.SelectMany(k => k.FileNames).Concat(FilingManifest.FileNames).Append(FilingManifest.TieOutsFileName)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var name in fileNames.Where(n => !expected.Contains(n) && !IsCompanionFile(n)))
        {
            var hint = DataFileKind.Extensions.Contains(Path.GetExtension(name).ToLowerInvariant())
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
